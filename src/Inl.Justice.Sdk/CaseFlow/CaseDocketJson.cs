using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.CaseFlow;

// The JSON form of a docket of cases: {"cases":[{"id","court","timeZone","clocks","defendants","charges","events","exclusions"}]}.

internal sealed record CaseDocketJson(
    CaseJson[] Cases,
    [property: JsonPropertyName("$schema")] string? Schema = null);

internal sealed record CaseJson(
    string Id,
    string TimeZone,
    DefendantJson[] Defendants,
    CaseEventJson[] Events,
    string? Court = null,
    string? Clocks = null,
    ChargeJson[]? Charges = null,
    ExcludedPeriodJson[]? Exclusions = null);

internal sealed record DefendantJson(string Id, string? Name = null);

internal sealed record ChargeJson(string Id, string Offence, string? Defendant = null, int? MaxPenaltyYears = null, bool LifeOrDeath = false, int? MinPenaltyYears = null);

internal sealed record CaseEventJson(CaseEventKind Kind, Instant? At = null, LocalDate? On = null, string? Defendant = null, string? Note = null, bool? WithWarrant = null);

internal sealed record ExcludedPeriodJson(string Reason, LocalDate From, LocalDate To, string? Defendant = null, string? Note = null);

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
        typeof(InstantJsonConverter),
        typeof(StrictEnumConverter<CaseEventKind>)])]
[JsonSerializable(typeof(CaseDocketJson))]
internal sealed partial class CaseDocketJsonContext : JsonSerializerContext;
