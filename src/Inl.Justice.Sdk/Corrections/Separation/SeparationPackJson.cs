using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Separation;

// The JSON form of a separation-policy pack. Records are data only; SeparationCompiler checks them and builds the
// runtime policy. Optional members have defaults (required otherwise under strict reading).

internal sealed record SeparationPackJson(
    RulePackHeaderJson Header,
    ChildAgeJson ChildAgeBelow,
    DesignationRuleJson Designation,
    SeparationRuleJson[] Rules,
    [property: JsonPropertyName("$schema")] string? Schema = null) : IPackDocument;

internal sealed record ChildAgeJson(int Years, CitationJson Citation);

internal sealed record DesignationRuleJson(string Id, string Title, SeparationSeverity Severity, CitationJson Citation);

internal sealed record SeparationRuleJson(
    string Id,
    string Title,
    SeparationScope Scope,
    SelectorJson[] Apart,
    SeparationSeverity Severity,
    CitationJson Citation,
    bool ExceptSameFamily = false);

internal sealed record SelectorJson(Sex? Sex = null, LegalStatus[]? LegalStatus = null, AgeGroup? AgeGroup = null, string[]? SecurityLevels = null);

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
        typeof(StrictEnumConverter<LegalStatus>),
        typeof(StrictEnumConverter<AgeGroup>),
        typeof(StrictEnumConverter<SeparationScope>),
        typeof(StrictEnumConverter<SeparationSeverity>)])]
[JsonSerializable(typeof(SeparationPackJson))]
internal sealed partial class SeparationPackJsonContext : JsonSerializerContext;
