using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Safeguards;

internal sealed record SafeguardPackJson(
    RulePackHeaderJson Header,
    Sex[] AppliesTo,
    RequiredFactJson[] RequiredFacts,
    LowestLevelJson? LowestLevelForMentalHealth = null,
    RegimeRestrictionJson[]? RegimeRestrictions = null,
    [property: JsonPropertyName("$schema")] string? Schema = null) : IPackDocument;

internal sealed record RequiredFactJson(string Id, GenderFact Fact, CitationJson Citation);

internal sealed record LowestLevelJson(string Id, CitationJson Citation);

internal sealed record RegimeRestrictionJson(string Id, GenderFact[] When, Regime[] Prohibited, CitationJson Citation);

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
        typeof(StrictEnumConverter<GenderFact>),
        typeof(StrictEnumConverter<Regime>)])]
[JsonSerializable(typeof(SafeguardPackJson))]
internal sealed partial class SafeguardPackJsonContext : JsonSerializerContext;
