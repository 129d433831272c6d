using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.CaseFlow.Clocks;

// The JSON form of a statutory-clocks pack. Records are data only; ClockCompiler checks them.

internal sealed record ClockPackJson(
    RulePackHeaderJson Header,
    ClockJson[] Clocks,
    string? Calendar = null,
    [property: JsonPropertyName("$schema")] string? Schema = null) : IPackDocument;

internal sealed record ClockJson(
    string Id,
    string Title,
    TriggerJson Trigger,
    LimitJson Limit,
    CountingJson Counting,
    CitationJson Citation,
    ClockDirection Direction = ClockDirection.Deadline,
    CaseEventKind[]? StopsOn = null,
    CaseEventKind[]? EndsOn = null,
    ConditionJson? When = null,
    ExclusionJson[]? Exclusions = null,
    bool DetentionLimit = false,
    LocalDate? EffectiveFrom = null,
    LocalDate? EffectiveTo = null);

internal sealed record TriggerJson(CaseEventKind? Event = null, CaseEventKind[]? LatestOf = null, CaseEventKind[]? EarliestOf = null);

internal sealed record LimitJson(int? Days = null, int? Hours = null, int? Months = null, MonthEndPolicy? MonthEnd = null);

internal sealed record CountingJson(
    DayCounting? Days = null,
    bool? ExcludeTriggerDay = null,
    LastDayRoll? LastDay = null,
    HourExpiry? HourExpiry = null);

internal sealed record ConditionJson(bool? Detained = null, int? MinPenaltyYears = null, int? PenaltyYearsBelow = null, CaseEventKind[]? NoneBefore = null, PenaltyTerm? PenaltyTerm = null, bool? WithWarrant = null);

internal sealed record ExclusionJson(string Reason, string Title, CitationJson Citation, int? CapDays = null);

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
        typeof(StrictEnumConverter<CaseEventKind>),
        typeof(StrictEnumConverter<ClockDirection>),
        typeof(StrictEnumConverter<MonthEndPolicy>),
        typeof(StrictEnumConverter<DayCounting>),
        typeof(StrictEnumConverter<LastDayRoll>),
        typeof(StrictEnumConverter<HourExpiry>),
        typeof(StrictEnumConverter<PenaltyTerm>)])]
[JsonSerializable(typeof(ClockPackJson))]
internal sealed partial class ClockPackJsonContext : JsonSerializerContext;
