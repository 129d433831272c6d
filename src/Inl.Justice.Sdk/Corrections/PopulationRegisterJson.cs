using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections;

// The JSON form of a population register: {"prisoners": [ … ]}.

internal sealed record PopulationRegisterJson(
    ResidentJson[] Prisoners,
    [property: JsonPropertyName("$schema")] string? Schema = null);

internal sealed record ResidentJson(
    string Id,
    Sex Sex,
    LocalDate DateOfBirth,
    LegalStatus LegalStatus,
    string? SecurityLevel = null,
    string? FamilyGroup = null,
    string? Place = null,
    Regime Regime = Regime.Ordinary,
    LocalDate? AdmittedOn = null,
    LocalDate? ReleaseOn = null,
    LocalDate? LastReviewOn = null,
    ResidentEventJson[]? Events = null,
    bool? Pregnant = null,
    bool? Breastfeeding = null,
    bool? WithInfant = null,
    System.Collections.Generic.Dictionary<string, LocalDate>? LastReviews = null);

internal sealed record ResidentEventJson(ResidentEventKind Kind, LocalDate On);

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
        typeof(StrictEnumConverter<Sex>),
        typeof(StrictEnumConverter<LegalStatus>),
        typeof(StrictEnumConverter<Regime>),
        typeof(StrictEnumConverter<ResidentEventKind>)])]
[JsonSerializable(typeof(PopulationRegisterJson))]
internal sealed partial class PopulationRegisterJsonContext : JsonSerializerContext;
