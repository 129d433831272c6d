using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Serialization;

namespace Inl.Justice.Gender.Indicators;

// The JSON form of indicator data: {"title","note","years":[{"year","personnel":[…],"detention":{…},"workingAgePopulation":{…}}]}.

internal sealed record IndicatorDataJson(
    IndicatorYearJson[] Years,
    string? Title = null,
    string? Note = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

internal sealed record IndicatorYearJson(
    int Year,
    PersonnelCountJson[]? Personnel = null,
    DetentionJson? Detention = null,
    SexCountJson? WorkingAgePopulation = null);

internal sealed record PersonnelCountJson(PersonnelCategory Category, long Women, long Men, long Unknown = 0);

internal sealed record DetentionJson(SexCountJson Unsentenced, SexCountJson Total);

internal sealed record SexCountJson(long Women, long Men, long Unknown = 0);

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [typeof(StrictEnumConverter<PersonnelCategory>)])]
[JsonSerializable(typeof(IndicatorDataJson))]
internal sealed partial class IndicatorJsonContext : JsonSerializerContext;
