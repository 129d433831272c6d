using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.CaseFlow.Calendars;

// The JSON form of a court-calendar pack. Records are data only; CourtCalendar.Compile checks them.

internal sealed record CourtCalendarJson(
    RulePackHeaderJson Header,
    WeekendJson Weekend,
    HolidayJson[] Holidays,
    CourtHoursJson? CourtHours = null,
    ClosureJson[]? Closures = null,
    [property: JsonPropertyName("$schema")] string? Schema = null) : IPackDocument;

internal sealed record WeekendJson(IsoDayOfWeek[] Days, CitationJson Citation);

internal sealed record HolidayJson(
    string Id,
    string Name,
    HolidayRuleKind Rule,
    ObservedRule Observed,
    CitationJson Citation,
    int? Month = null,
    int? Day = null,
    IsoDayOfWeek? Weekday = null,
    int? Nth = null,
    int? OffsetDays = null,
    int? FromYear = null,
    int? ToYear = null);

internal sealed record CourtHoursJson(string Opens, string Closes, CitationJson Citation);

internal sealed record ClosureJson(string Id, LocalDate From, LocalDate To, string Reason, CitationJson Citation);

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
        typeof(StrictEnumConverter<IsoDayOfWeek>),
        typeof(StrictEnumConverter<HolidayRuleKind>),
        typeof(StrictEnumConverter<ObservedRule>)])]
[JsonSerializable(typeof(CourtCalendarJson))]
internal sealed partial class CourtCalendarJsonContext : JsonSerializerContext;
