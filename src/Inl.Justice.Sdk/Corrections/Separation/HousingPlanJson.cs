using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Separation;

// The JSON form of a housing plan: {"facilities":[{"id","name","units":[{"id","name","designation","places":[…]}]}]}.

internal sealed record HousingPlanJson(
    FacilityJson[] Facilities,
    [property: JsonPropertyName("$schema")] string? Schema = null);

internal sealed record FacilityJson(string Id, string Name, UnitJson[] Units);

internal sealed record UnitJson(string Id, string Name, PlaceJson[] Places, DesignationJson? Designation = null);

internal sealed record DesignationJson(Sex? Sex = null, LegalStatus[]? LegalStatus = null, AgeGroup? AgeGroup = null);

internal sealed record PlaceJson(string Id, PlaceKind Kind, int Capacity);

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
        typeof(StrictEnumConverter<Sex>),
        typeof(StrictEnumConverter<LegalStatus>),
        typeof(StrictEnumConverter<AgeGroup>),
        typeof(StrictEnumConverter<PlaceKind>)])]
[JsonSerializable(typeof(HousingPlanJson))]
internal sealed partial class HousingPlanJsonContext : JsonSerializerContext;
