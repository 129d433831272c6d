using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Reclassification;

// The JSON form of a review-schedule pack.

internal sealed record ReviewSchedulePackJson(
    RulePackHeaderJson Header,
    ReviewKindJson[] Reviews,
    LegalStatus[]? AppliesTo = null,
    [property: JsonPropertyName("$schema")] string? Schema = null) : IPackDocument;

internal sealed record ReviewKindJson(
    string Id,
    string Title,
    IntervalJson First,
    IntervalJson Every,
    CitationJson Citation,
    ReleaseWindowJson? BeforeRelease = null,
    TriggerJson[]? Triggers = null);

/// <summary>A length of time: exactly one of days or months (months clamp to the month's last day).</summary>
internal sealed record IntervalJson(int? Days = null, int? Months = null, CitationJson? Citation = null);

internal sealed record ReleaseWindowJson(IntervalJson Within, IntervalJson Every, CitationJson Citation);

internal sealed record TriggerJson(ResidentEventKind Event, IntervalJson Within, CitationJson Citation);

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [
        typeof(LocalDateJsonConverter),
        typeof(StrictEnumConverter<Verification>),
        typeof(StrictEnumConverter<ResidentEventKind>),
        typeof(StrictEnumConverter<LegalStatus>)])]
[JsonSerializable(typeof(ReviewSchedulePackJson))]
internal sealed partial class ReviewSchedulePackJsonContext : JsonSerializerContext;
