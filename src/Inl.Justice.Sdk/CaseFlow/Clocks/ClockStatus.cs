using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.CaseFlow.Clocks;

/// <summary>
/// Where one clock stands for one defendant of a case at a moment: its state, the trigger, the due date (and, for hour
/// limits, the due moment), what stopped it, the days used, left or over, and the periods it did not count. It names the
/// clock, the pack and the provision, so a docket line explains itself.
/// </summary>
public sealed record ClockStatus
{
    /// <summary>Gets the case number.</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets the defendant.</summary>
    public required PersonId Defendant { get; init; }

    /// <summary>Gets the clock's id within its pack.</summary>
    public required string ClockId { get; init; }

    /// <summary>Gets the clock's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the pack as <c>id@version</c>.</summary>
    public required string Pack { get; init; }

    /// <summary>Gets the provision the clock encodes.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Gets the limit.</summary>
    public required ClockLimit Limit { get; init; }

    /// <summary>Gets whether the limit is a deadline or a minimum period.</summary>
    public required ClockDirection Direction { get; init; }

    /// <summary>Gets whether the clock limits pre-trial detention (it appears in the detention report).</summary>
    public bool DetentionLimit { get; init; }

    /// <summary>Gets the state.</summary>
    public required ClockState State { get; init; }

    /// <summary>Gets the moment the status is computed for.</summary>
    public required Instant AsOf { get; init; }

    /// <summary>Gets <see cref="AsOf"/>'s date in the court's time zone.</summary>
    public required LocalDate AsOfDate { get; init; }

    /// <summary>
    /// Gets which run of the clock this is for the defendant: 1 for the first trigger, 2 after the first run was stopped
    /// or ended and a trigger happened again (a re-arrest after release), and so on.
    /// </summary>
    public int Episode { get; init; } = 1;

    /// <summary>Gets the event that started the clock, or <see langword="null"/> when not started.</summary>
    public CaseEventKind? TriggerEvent { get; init; }

    /// <summary>Gets when the clock started, or <see langword="null"/> when not started.</summary>
    public EventTime? Trigger { get; init; }

    /// <summary>Gets the first day counted (the day after the trigger when the trigger day is excluded), or <see langword="null"/>.</summary>
    public LocalDate? CountFrom { get; init; }

    /// <summary>Gets the last day of the limit (for hour limits, the due moment's date in the court's time zone), or <see langword="null"/> when not started.</summary>
    public LocalDate? Due { get; init; }

    /// <summary>Gets the due moment of an hour limit, or <see langword="null"/>.</summary>
    public Instant? DueAt { get; init; }

    /// <summary>Gets the last day before it was rolled because it was not a court day, or <see langword="null"/> when it was not rolled.</summary>
    public LocalDate? UnrolledDue { get; init; }

    /// <summary>Gets why the last day was rolled (e.g. <c>Sunday</c>, <c>2025-07-04 Independence Day</c>), or <see langword="null"/>.</summary>
    public string? RolledBecause { get; init; }

    /// <summary>Gets the event that stopped or ended the clock, or <see langword="null"/>.</summary>
    public CaseEventKind? StoppedBy { get; init; }

    /// <summary>Gets when the clock stopped or ended, or <see langword="null"/>.</summary>
    public EventTime? StoppedAt { get; init; }

    /// <summary>Gets the days counted so far (day and month limits; excluded and, for court-day counting, non-court days are not counted).</summary>
    public int DaysUsed { get; init; }

    /// <summary>Gets the calendar days from <see cref="AsOfDate"/> to <see cref="Due"/> while the clock runs, or <see langword="null"/>.</summary>
    public int? DaysRemaining { get; init; }

    /// <summary>
    /// Gets the calendar days by which the limit was broken: past the due date (overdue, or stopped or ended late), or
    /// for a minimum period the days too early; <see langword="null"/> when not broken.
    /// </summary>
    public int? DaysOverdue { get; init; }

    /// <summary>Gets the time left to <see cref="DueAt"/> for a running hour limit, or <see langword="null"/>.</summary>
    public Duration? TimeRemaining { get; init; }

    /// <summary>Gets the time past <see cref="DueAt"/> for a broken hour limit, or <see langword="null"/>.</summary>
    public Duration? TimeOverdue { get; init; }

    /// <summary>Gets the number of days excluded within the limit (each counted once, however many periods cover it).</summary>
    public int ExcludedDays { get; init; }

    /// <summary>Gets the excluded periods the clock applied, merged and clipped to the counted days.</summary>
    public ImmutableArray<DateInterval> ExcludedPeriods { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a value indicating whether the limit is broken (overdue now, or missed).</summary>
    public bool IsLate => State is ClockState.Overdue or ClockState.Missed;

    /// <summary>Value equality, including the excluded periods.</summary>
    public bool Equals(ClockStatus? other) =>
        other is not null && CaseId == other.CaseId && Defendant == other.Defendant && ClockId == other.ClockId && Title == other.Title
        && Pack == other.Pack && Citation == other.Citation && Limit == other.Limit && Direction == other.Direction
        && DetentionLimit == other.DetentionLimit && Episode == other.Episode && State == other.State && AsOf == other.AsOf && AsOfDate == other.AsOfDate
        && TriggerEvent == other.TriggerEvent && Trigger == other.Trigger && CountFrom == other.CountFrom && Due == other.Due
        && DueAt == other.DueAt && UnrolledDue == other.UnrolledDue && RolledBecause == other.RolledBecause && StoppedBy == other.StoppedBy
        && StoppedAt == other.StoppedAt && DaysUsed == other.DaysUsed && DaysRemaining == other.DaysRemaining
        && DaysOverdue == other.DaysOverdue && TimeRemaining == other.TimeRemaining && TimeOverdue == other.TimeOverdue
        && ExcludedDays == other.ExcludedDays && ExcludedPeriods.SequenceEqual(other.ExcludedPeriods);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CaseId, Defendant, ClockId, State, Due);

    /// <summary>Describes the status on one line, e.g. <c>1:25-cr-17 D1 sta-3161-c1 OVERDUE due 2025-04-14 (12 days over) — 18 U.S.C. §3161(c)(1)</c>.</summary>
    public override string ToString()
    {
        var due = DueAt is { } at ? InstantText(at) : Due is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "-";
        var detail = State switch
        {
            ClockState.Running when DueAt is not null => $", {Hours(TimeRemaining)} left",
            ClockState.Running => string.Create(CultureInfo.InvariantCulture, $", {DaysRemaining} day(s) left"),
            ClockState.Overdue or ClockState.Missed when DueAt is not null => $", {Hours(TimeOverdue)} over",
            ClockState.Overdue or ClockState.Missed => string.Create(CultureInfo.InvariantCulture, $", {DaysOverdue} day(s) {(Direction == ClockDirection.NotBefore ? "early" : "over")}"),
            _ => string.Empty,
        };
        var excluded = ExcludedDays > 0 ? string.Create(CultureInfo.InvariantCulture, $", {ExcludedDays} day(s) excluded") : string.Empty;
        var episode = Episode > 1 ? string.Create(CultureInfo.InvariantCulture, $" (episode {Episode})") : string.Empty;
        return $"{CaseId} {Defendant} {ClockId}{episode} {State.ToString().ToUpperInvariant()} due {due}{detail}{excluded} — {Citation}";
    }

    private static string InstantText(Instant at) => NodaTime.Text.InstantPattern.General.Format(at);

    internal static string Hours(Duration? d) =>
        d is { } x ? string.Create(CultureInfo.InvariantCulture, $"{(long)Math.Floor(x.TotalHours)}h{x.Minutes:00}m") : "-";
}
