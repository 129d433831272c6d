using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.CaseFlow.Timelines;

// The JSON form of a deadline report: per case, per defendant and clock, the due date, status and days.

internal sealed record DeadlineReportJson(Instant? AsOf, LocalDate? AsOfDate, DeadlineCaseJson[] Cases);

internal sealed record DeadlineCaseJson(string Id, DeadlineJson[] Clocks);

internal sealed record DeadlineJson(
    string Clock,
    string Title,
    string Defendant,
    string Pack,
    ClockState Status,
    string Limit,
    CitationJson Citation,
    LocalDate? Due = null,
    Instant? DueAt = null,
    string? Trigger = null,
    CaseEventKind? TriggerEvent = null,
    CaseEventKind? StoppedBy = null,
    string? StoppedAt = null,
    int? DaysRemaining = null,
    int? DaysOverdue = null,
    double? HoursRemaining = null,
    double? HoursOverdue = null,
    int ExcludedDays = 0,
    LocalDate? UnrolledDue = null,
    string? RolledBecause = null,
    int? Episode = null);

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [
        typeof(LocalDateJsonConverter),
        typeof(InstantJsonConverter),
        typeof(StrictEnumConverter<Verification>),
        typeof(StrictEnumConverter<ClockState>),
        typeof(StrictEnumConverter<CaseEventKind>)])]
[JsonSerializable(typeof(DeadlineReportJson))]
internal sealed partial class DeadlineReportJsonContext : JsonSerializerContext;
