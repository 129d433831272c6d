using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections.Separation;

// The JSON form of a separation report: people by id, citations as in packs, locations as {facility, unit, place}.

internal sealed record SeparationReportJson(
    string Policy,
    LocalDate CheckedOn,
    int Residents,
    int Unplaced,
    ViolationJson[] Violations,
    OvercrowdingJson[] Overcrowding,
    ProblemJson[] Problems);

internal sealed record ViolationJson(
    string Rule,
    string Title,
    SeparationSeverity Severity,
    CitationJson Citation,
    SeparationScope Scope,
    LocationJson Location,
    string SideA,
    string SideB,
    string[] GroupA,
    string[] GroupB,
    string[]? AgainstDesignation = null);

internal sealed record LocationJson(string Facility, string? Unit = null, string? Place = null);

internal sealed record OvercrowdingJson(LocationJson Location, PlaceKind Kind, int Capacity, string[] Occupants);

internal sealed record ProblemJson(string Path, string Message, string? Source = null, long? Line = null, long? Column = null);

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [
        typeof(LocalDateJsonConverter),
        typeof(StrictEnumConverter<Verification>),
        typeof(StrictEnumConverter<SeparationSeverity>),
        typeof(StrictEnumConverter<SeparationScope>),
        typeof(StrictEnumConverter<PlaceKind>)])]
[JsonSerializable(typeof(SeparationReportJson))]
internal sealed partial class SeparationReportJsonContext : JsonSerializerContext;
