using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Classification;

// The JSON form of a classification-instrument pack. Records are data only; ClassificationCompiler checks them and
// builds the runtime instrument. Optional members have defaults (required otherwise under strict reading).

internal sealed record ClassificationPackJson(
    RulePackHeaderJson Header,
    LevelJson[] Levels,
    ItemJson[] Items,
    ScaleJson[] Scales,
    FlagJson[]? Flags = null,
    LevelRuleJson[]? Floors = null,
    LevelRuleJson[]? Ceilings = null,
    OverridePolicyJson? Overrides = null,
    [property: JsonPropertyName("$schema")] string? Schema = null) : IPackDocument;

internal sealed record LevelJson(string Id, CitationJson Citation, string? Title = null);

internal sealed record FlagJson(string Id, string Title, CitationJson Citation, string? Description = null);

internal sealed record ItemJson(
    string Id,
    string Title,
    Measure Measure,
    CitationJson Citation,
    AnswerJson[]? Answers = null,
    BandJson[]? Bands = null,
    IncidentBandJson[]? IncidentBands = null,
    int? None = null,
    string? Flag = null,
    string? Fact = null,
    string? Description = null);

internal sealed record AnswerJson(string Answer, int Points, CitationJson? Citation = null);

internal sealed record BandJson(int Points, int? Min = null, int? Max = null, CitationJson? Citation = null);

internal sealed record IncidentBandJson(int Minor, int Serious, int? Min = null, int? Max = null, CitationJson? Citation = null);

internal sealed record ScaleJson(Sex Population, ScaleBandJson[] Bands, CitationJson Citation);

internal sealed record ScaleBandJson(string Level, int? Min = null, int? Max = null, CitationJson? Citation = null);

internal sealed record LevelRuleJson(string Id, string Title, string Level, ConditionJson When, CitationJson Citation, Sex[]? Populations = null);

internal sealed record OverridePolicyJson(int MaxStepsWithoutApproval, OverrideReasonJson[] Reasons, CitationJson Citation);

internal sealed record OverrideReasonJson(string Code, string Title, OverrideDirection Direction, CitationJson Citation);

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(FlagConditionJson), "Flag")]
[JsonDerivedType(typeof(OffenseSeverityConditionJson), "OffenseSeverity")]
[JsonDerivedType(typeof(DetainerSeverityConditionJson), "DetainerSeverity")]
[JsonDerivedType(typeof(MonthsToReleaseConditionJson), "MonthsToRelease")]
[JsonDerivedType(typeof(CriminalHistoryConditionJson), "CriminalHistoryPoints")]
[JsonDerivedType(typeof(AgeConditionJson), "Age")]
[JsonDerivedType(typeof(FactConditionJson), "Fact")]
[JsonDerivedType(typeof(ViolenceConditionJson), "ViolenceHistory")]
[JsonDerivedType(typeof(EscapeConditionJson), "EscapeHistory")]
[JsonDerivedType(typeof(AllOfConditionJson), "AllOf")]
[JsonDerivedType(typeof(AnyOfConditionJson), "AnyOf")]
internal abstract record ConditionJson;

internal sealed record FlagConditionJson(string Flag) : ConditionJson;

internal sealed record OffenseSeverityConditionJson(OffenseSeverity? AtLeast = null, OffenseSeverity? AtMost = null) : ConditionJson;

internal sealed record DetainerSeverityConditionJson(OffenseSeverity? AtLeast = null, OffenseSeverity? AtMost = null) : ConditionJson;

internal sealed record MonthsToReleaseConditionJson(int? AtLeast = null, int? AtMost = null) : ConditionJson;

internal sealed record CriminalHistoryConditionJson(int? AtLeast = null, int? AtMost = null) : ConditionJson;

internal sealed record AgeConditionJson(int? AtLeast = null, int? AtMost = null) : ConditionJson;

internal sealed record FactConditionJson(string Fact, int? AtLeast = null, int? AtMost = null) : ConditionJson;

internal sealed record ViolenceConditionJson(bool SeriousOnly = false, int? WithinYears = null, int AtLeastCount = 1) : ConditionJson;

internal sealed record EscapeConditionJson(bool SeriousOnly = false, int? WithinYears = null, int AtLeastCount = 1) : ConditionJson;

internal sealed record AllOfConditionJson(ConditionJson[] Conditions) : ConditionJson;

internal sealed record AnyOfConditionJson(ConditionJson[] Conditions) : ConditionJson;

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
        typeof(StrictEnumConverter<Sex>),
        typeof(StrictEnumConverter<Measure>),
        typeof(StrictEnumConverter<OffenseSeverity>),
        typeof(StrictEnumConverter<OverrideDirection>)])]
[JsonSerializable(typeof(ClassificationPackJson))]
internal sealed partial class ClassificationPackJsonContext : JsonSerializerContext;
