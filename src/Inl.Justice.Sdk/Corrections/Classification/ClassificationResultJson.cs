using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections.Classification;

// The JSON form of classification results: levels by name, citations as in packs.

internal sealed record ClassificationResultJson(
    string Id,
    string Instrument,
    LocalDate AssessedOn,
    Sex Population,
    int Score,
    string ScoredLevel,
    CitationJson ScoredLevelCitation,
    string ComputedLevel,
    string Level,
    ContributionJson[] Contributions,
    AppliedRuleJson[] Floors,
    AppliedRuleJson[] Ceilings,
    OverrideJson? Override = null,
    SafeguardJson[]? Safeguards = null);

internal sealed record SafeguardJson(string Rule, SafeguardKind Kind, string Message, CitationJson Citation);

internal sealed record ContributionJson(string Item, string Answer, int Points, CitationJson Citation, int? Value = null);

internal sealed record AppliedRuleJson(string Rule, string Title, string Level, bool Binding, CitationJson Citation);

internal sealed record OverrideJson(string Level, string ReasonCode, string Reason, string DecidedBy, LocalDate DecidedOn, string? ApprovedBy = null);

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [typeof(LocalDateJsonConverter), typeof(StrictEnumConverter<Verification>), typeof(StrictEnumConverter<Sex>), typeof(StrictEnumConverter<SafeguardKind>)])]
[JsonSerializable(typeof(ClassificationResultJson[]))]
internal sealed partial class ClassificationResultJsonContext : JsonSerializerContext;
