using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.CaseFlow.Clocks;

/// <summary>
/// A statutory clock from a clock pack: what starts it, its limit and how the limit is counted, what stops or ends it,
/// which periods it does not count, when it applies, and the provision it encodes. <see cref="Status(CourtCase, PersonId, CourtCalendar?, Instant)"/>
/// is a pure function of the case, the calendar and the moment. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Day limits</b> are counted on dates in the court's time zone. With <see cref="ExcludeTriggerDay"/> the
/// first day counted is the day after the trigger (FRCrP 45(a)(1)(A)); days are calendar days or court days
/// (<see cref="Counting"/>); days inside an excluded period are not counted, and overlapping periods count once. When
/// the last day is not a court day it is rolled as <see cref="LastDay"/> says.</para>
/// <para><b>Month limits</b> add calendar months to the trigger date under <see cref="ClockLimit.MonthEnd"/>
/// (the day before, when the trigger day is counted), then extend by the excluded days within the period.</para>
/// <para><b>Hour limits</b> add elapsed hours to the trigger instant (a date-only trigger stands for the start of that
/// day), so a 48-hour limit across a daylight-saving change is still 48 hours; then <see cref="HourExpiry"/> applies.</para>
/// </remarks>
public sealed class StatutoryClock
{
    internal StatutoryClock(string pack) => Pack = pack;

    /// <summary>Gets the pack the clock belongs to, as <c>id@version</c>.</summary>
    public string Pack { get; }

    /// <summary>Gets the clock's id within its pack, e.g. <c>sta-3161-c1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the clock's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets what starts the clock.</summary>
    public required ClockTrigger Trigger { get; init; }

    /// <summary>Gets the limit.</summary>
    public required ClockLimit Limit { get; init; }

    /// <summary>Gets whether the limit is a deadline or a minimum period.</summary>
    public required ClockDirection Direction { get; init; }

    /// <summary>Gets which days a day limit counts.</summary>
    public required DayCounting Counting { get; init; }

    /// <summary>Gets whether the trigger day is left out of the count (the first day counted is the next day).</summary>
    public required bool ExcludeTriggerDay { get; init; }

    /// <summary>Gets what happens when the last day of a day or month limit is not a court day.</summary>
    public required LastDayRoll LastDay { get; init; }

    /// <summary>Gets what happens when an hour limit expires when courts do not sit.</summary>
    public required HourExpiry HourExpiry { get; init; }

    /// <summary>Gets the events that stop the clock (met when in time).</summary>
    public required ImmutableArray<CaseEventKind> StopsOn { get; init; }

    /// <summary>Gets the events that end the clock without meeting it (release, dismissal).</summary>
    public required ImmutableArray<CaseEventKind> EndsOn { get; init; }

    /// <summary>Gets the reasons the clock does not count certain periods.</summary>
    public required ImmutableArray<ClockExclusion> Exclusions { get; init; }

    /// <summary>Gets when the clock applies.</summary>
    public required ClockCondition When { get; init; }

    /// <summary>Gets whether the clock limits pre-trial detention.</summary>
    public required bool DetentionLimit { get; init; }

    /// <summary>Gets the first trigger date the clock applies to, or <see langword="null"/>.</summary>
    public LocalDate? EffectiveFrom { get; init; }

    /// <summary>Gets the last trigger date the clock applies to, or <see langword="null"/>.</summary>
    public LocalDate? EffectiveTo { get; init; }

    /// <summary>Gets the provision the clock encodes.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Gets a value indicating whether evaluation needs a court calendar (court days, a roll, or an hour expiry rule).</summary>
    public bool RequiresCalendar =>
        (Limit.Unit != LimitUnit.Hours && (Counting == DayCounting.Court || LastDay != LastDayRoll.None))
        || (Limit.Unit == LimitUnit.Hours && HourExpiry != HourExpiry.Exact);

    /// <summary>Whether the clock applies to a trigger on <paramref name="date"/>.</summary>
    public bool IsInEffectOn(LocalDate date) => (EffectiveFrom is null || date >= EffectiveFrom) && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>The status at the end of <paramref name="asOf"/> in the court's time zone.</summary>
    /// <inheritdoc cref="Status(CourtCase, PersonId, CourtCalendar?, Instant)"/>
    public ClockStatus? Status(CourtCase courtCase, PersonId defendant, CourtCalendar? calendar, LocalDate asOf)
    {
        Preconditions.CheckNotNull(courtCase, nameof(courtCase));
        return Status(courtCase, defendant, calendar, EndOfDay(asOf, courtCase.TimeZone));
    }

    /// <summary>
    /// Where the clock stands for <paramref name="defendant"/> at <paramref name="asOf"/>, counting only events at or
    /// before that moment: the status of its latest episode (see <see cref="Episodes(CourtCase, PersonId, CourtCalendar?, Instant)"/>);
    /// <see langword="null"/> when the clock does not apply (its condition fails, or it is not in effect on the trigger
    /// date, or — before any trigger — on the date of <paramref name="asOf"/>).
    /// </summary>
    /// <param name="courtCase">The case.</param>
    /// <param name="defendant">A defendant of the case.</param>
    /// <param name="calendar">The court's calendar; required when <see cref="RequiresCalendar"/>.</param>
    /// <param name="asOf">The moment of the evaluation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="courtCase"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The clock needs a calendar and none is given, or the defendant is not in the case.</exception>
    public ClockStatus? Status(CourtCase courtCase, PersonId defendant, CourtCalendar? calendar, Instant asOf)
    {
        var (episodes, triggered) = Run(courtCase, defendant, calendar, asOf);
        if (!episodes.IsEmpty)
        {
            return episodes[^1];
        }
        var asOfDate = asOf.InZone(courtCase.TimeZone).Date;
        return !triggered && IsInEffectOn(asOfDate) && Applies(courtCase, defendant, EventTime.At(asOf), asOf) ? NotStarted(courtCase, defendant, asOf) : null;
    }

    /// <summary>The statuses of every episode of the clock at the end of <paramref name="asOf"/> in the court's time zone, oldest first.</summary>
    /// <inheritdoc cref="Episodes(CourtCase, PersonId, CourtCalendar?, Instant)"/>
    public ImmutableArray<ClockStatus> Episodes(CourtCase courtCase, PersonId defendant, CourtCalendar? calendar, LocalDate asOf)
    {
        Preconditions.CheckNotNull(courtCase, nameof(courtCase));
        return Episodes(courtCase, defendant, calendar, EndOfDay(asOf, courtCase.TimeZone));
    }

    /// <summary>
    /// The statuses of every episode of the clock for <paramref name="defendant"/> at <paramref name="asOf"/>, oldest
    /// first (<see cref="ClockStatus.Episode"/> 1, 2, …); empty before any trigger or when no episode applies. An episode
    /// starts at a trigger while no episode is open and is closed by its first stopping or ending event; a trigger event
    /// while an episode is open belongs to that episode. So arrest → release → re-arrest gives two episodes of a 48-hour
    /// clock, the second counted from the re-arrest, while a second detention order during one continuous detention does
    /// not restart a detention limit.
    /// </summary>
    /// <inheritdoc cref="Status(CourtCase, PersonId, CourtCalendar?, Instant)"/>
    public ImmutableArray<ClockStatus> Episodes(CourtCase courtCase, PersonId defendant, CourtCalendar? calendar, Instant asOf) =>
        Run(courtCase, defendant, calendar, asOf).Episodes;

    private (ImmutableArray<ClockStatus> Episodes, bool Triggered) Run(CourtCase courtCase, PersonId defendant, CourtCalendar? calendar, Instant asOf)
    {
        Preconditions.CheckNotNull(courtCase, nameof(courtCase));
        Preconditions.CheckArgument(calendar is not null || !RequiresCalendar, nameof(calendar), $"Clock '{Id}' counts court days or rolls to court days: give the court's calendar");
        Preconditions.CheckArgument(courtCase.Defendants.Any(d => d.Id == defendant), nameof(defendant), $"'{defendant}' is not a defendant of case '{courtCase.Id}'");
        var zone = courtCase.TimeZone;
        var asOfDate = asOf.InZone(zone).Date;
        var events = courtCase.EventsFor(defendant, asOf);
        var found = FindEpisodes(events, zone);
        var result = ImmutableArray.CreateBuilder<ClockStatus>(found.Count);
        var number = 0;
        foreach (var (trigger, finish, ended) in found)
        {
            number++;
            var triggerDate = trigger.Time.DateIn(zone);
            if (!IsInEffectOn(triggerDate) || !WarrantMatches(trigger) || !Applies(courtCase, defendant, trigger.Time, EndOfDay(triggerDate, zone)))
            {
                continue;
            }
            var status = NotStarted(courtCase, defendant, asOf) with { Episode = number, TriggerEvent = trigger.Kind, Trigger = trigger.Time };
            if (finish is not null)
            {
                status = status with { StoppedBy = finish.Kind, StoppedAt = finish.Time };
            }
            result.Add(Limit.Unit == LimitUnit.Hours
                ? HourStatus(status, trigger.Time, finish, ended, zone, calendar, asOf)
                : DayStatus(status, courtCase, defendant, triggerDate, finish, ended, zone, calendar, asOfDate));
        }
        return (result.ToImmutable(), found.Count > 0);
    }

    private ClockStatus NotStarted(CourtCase courtCase, PersonId defendant, Instant asOf) => new()
    {
        CaseId = courtCase.Id,
        Defendant = defendant,
        ClockId = Id,
        Title = Title,
        Pack = Pack,
        Citation = Citation,
        Limit = Limit,
        Direction = Direction,
        DetentionLimit = DetentionLimit,
        State = ClockState.NotStarted,
        AsOf = asOf,
        AsOfDate = asOf.InZone(courtCase.TimeZone).Date,
    };

    internal static Instant EndOfDay(LocalDate date, DateTimeZone zone) => zone.AtStartOfDay(date.PlusDays(1)).ToInstant() - Duration.Epsilon;

    /// <summary>The last moment of <paramref name="date"/> in <paramref name="zone"/>: what "as of a date" means for a court in that zone.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is <see langword="null"/>.</exception>
    public static Instant EndOfDayIn(LocalDate date, DateTimeZone zone) => EndOfDay(date, Preconditions.CheckNotNull(zone, nameof(zone)));

    /// <summary>
    /// Splits the time-ordered events into episodes: the first trigger from <c>from</c> on opens one; its first stopping
    /// or ending event at or after the trigger (a stop wins a tie) closes it; the search for the next trigger resumes after
    /// the closing event. An open episode is always the last.
    /// </summary>
    private List<(CaseEvent Trigger, CaseEvent? Finish, bool Ended)> FindEpisodes(ImmutableArray<CaseEvent> events, DateTimeZone zone)
    {
        var episodes = new List<(CaseEvent, CaseEvent?, bool)>();
        var from = 0;
        while (from < events.Length && FindTrigger(events, from, zone) is var t && t >= 0)
        {
            var trigger = events[t];
            int stop = -1, end = -1;
            for (var j = from; j < events.Length && (stop < 0 || end < 0); j++)
            {
                if (j == t || EventTime.Compare(events[j].Time, trigger.Time, zone) < 0)
                {
                    continue;
                }
                if (stop < 0 && StopsOn.Contains(events[j].Kind))
                {
                    stop = j;
                }
                if (end < 0 && EndsOn.Contains(events[j].Kind))
                {
                    end = j;
                }
            }
            var ended = end >= 0 && (stop < 0 || EventTime.Compare(events[end].Time, events[stop].Time, zone) < 0);
            var finish = ended ? end : stop;
            episodes.Add((trigger, finish >= 0 ? events[finish] : null, ended));
            if (finish < 0)
            {
                break;
            }
            from = Math.Max(finish, t) + 1;
        }
        return episodes;
    }

    /// <summary>The index of the trigger at or after <paramref name="from"/>, or -1.</summary>
    private int FindTrigger(ImmutableArray<CaseEvent> events, int from, DateTimeZone zone)
    {
        var kinds = Trigger.Events;
        int First(Func<CaseEvent, bool> match)
        {
            for (var i = from; i < events.Length; i++)
            {
                if (match(events[i]))
                {
                    return i;
                }
            }
            return -1;
        }
        if (Trigger.Mode != TriggerMode.LatestOf)
        {
            return First(e => kinds.Contains(e.Kind));
        }
        var latest = -1;
        foreach (var kind in kinds)
        {
            var first = First(e => e.Kind == kind);
            if (first < 0)
            {
                return -1;
            }
            if (latest < 0 || EventTime.Compare(events[first].Time, events[latest].Time, zone) > 0)
            {
                latest = first;
            }
        }
        return latest;
    }

    /// <summary>Whether a triggering arrest was made with or without a warrant as <see cref="ClockCondition.WithWarrant"/> requires (other triggers always match).</summary>
    private bool WarrantMatches(CaseEvent trigger) =>
        When.WithWarrant is not { } warrant || trigger.Kind != CaseEventKind.Arrest || trigger.WithWarrant == warrant;

    /// <summary>
    /// Whether the clock's condition holds for a trigger at <paramref name="at"/>. Custody (<see cref="ClockCondition.Detained"/>)
    /// is read at <paramref name="custodyAt"/>: for a trigger, the end of the trigger's day in the court's zone, so a
    /// defendant released later on the day of the initial appearance is not "in custody" for FRCrP 5.1(c).
    /// </summary>
    private bool Applies(CourtCase c, PersonId defendant, EventTime at, Instant custodyAt)
    {
        if (When.Detained is { } detained && c.InCustodyAt(defendant, EventTime.At(custodyAt)) != detained)
        {
            return false;
        }
        if (!When.NoneBefore.IsDefaultOrEmpty
            && c.Events.Any(e => e.Concerns(defendant) && When.NoneBefore.Contains(e.Kind) && EventTime.Compare(e.Time, at, c.TimeZone) <= 0))
        {
            return false;
        }
        bool Serious(int years) => c.Charges.Any(ch => ch.Concerns(defendant) && ch.PunishableWithAtLeast(years, When.PenaltyTerm));
        if (When.MinPenaltyYears is { } min && !Serious(min))
        {
            return false;
        }
        return When.PenaltyYearsBelow is not { } below || !Serious(below);
    }

    private ClockStatus HourStatus(ClockStatus status, EventTime trigger, CaseEvent? finish, bool ended, DateTimeZone zone, CourtCalendar? calendar, Instant asOf)
    {
        var expiry = trigger.EarliestInstant(zone) + Duration.FromHours(Limit.Amount);
        var (due, why) = ApplyHourExpiry(expiry, zone, calendar);
        var dueDate = due.InZone(zone).Date;
        status = status with
        {
            Due = dueDate,
            DueAt = due,
            UnrolledDue = due != expiry ? expiry.InZone(zone).Date : null,
            RolledBecause = why,
            CountFrom = trigger.DateIn(zone),
        };
        if (finish is not null)
        {
            var at = finish.Time.Moment ?? EndOfDay(finish.Time.DateIn(zone), zone);
            var late = finish.Time.Moment is null ? finish.Time.DateIn(zone) > dueDate : at > due;
            if (Direction == ClockDirection.NotBefore)
            {
                var early = finish.Time.Moment is null ? finish.Time.DateIn(zone) < dueDate : at < due;
                return ended
                    ? status with { State = ClockState.Ended }
                    : early ? status with { State = ClockState.Missed, TimeOverdue = due - at, DaysOverdue = Days(finish.Time.DateIn(zone), dueDate) }
                    : status with { State = ClockState.Met };
            }
            return late
                ? status with { State = ClockState.Missed, TimeOverdue = at - due, DaysOverdue = Days(dueDate, finish.Time.DateIn(zone)) }
                : status with { State = ended ? ClockState.Ended : ClockState.Met };
        }
        if (Direction == ClockDirection.NotBefore)
        {
            return asOf < due
                ? status with { State = ClockState.Running, TimeRemaining = due - asOf, DaysRemaining = Days(asOf.InZone(zone).Date, dueDate) }
                : status with { State = ClockState.Elapsed };
        }
        return asOf <= due
            ? status with { State = ClockState.Running, TimeRemaining = due - asOf, DaysRemaining = Days(asOf.InZone(zone).Date, dueDate) }
            : status with { State = ClockState.Overdue, TimeOverdue = asOf - due, DaysOverdue = Days(dueDate, asOf.InZone(zone).Date) };
    }

    private (Instant Due, string? Why) ApplyHourExpiry(Instant expiry, DateTimeZone zone, CourtCalendar? calendar)
    {
        if (HourExpiry == HourExpiry.Exact || calendar is null)
        {
            return (expiry, null);
        }
        var local = expiry.InZone(zone).LocalDateTime;
        if (HourExpiry == HourExpiry.SameTimeNextCourtDay)
        {
            if (calendar.IsCourtDay(local.Date))
            {
                return (expiry, null);
            }
            var next = calendar.NextCourtDay(local.Date);
            return ((next + local.TimeOfDay).InZoneLeniently(zone).ToInstant(), calendar.WhyClosed(local.Date));
        }
        var hours = calendar.Hours ?? throw new InvalidOperationException($"Calendar {calendar.Header.Key} has no court hours (clock '{Id}' needs them)");
        var courtDay = calendar.IsCourtDay(local.Date);
        if (courtDay && local.TimeOfDay >= hours.Opens && local.TimeOfDay <= hours.Closes)
        {
            return (expiry, null);
        }
        var day = courtDay && local.TimeOfDay < hours.Opens ? local.Date : calendar.NextCourtDay(local.Date);
        var why = courtDay
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"expires at {local.TimeOfDay:HH:mm}, outside court hours {hours.Opens:HH:mm}-{hours.Closes:HH:mm}")
            : calendar.WhyClosed(local.Date);
        return ((day + hours.Closes).InZoneLeniently(zone).ToInstant(), why);
    }

    private ClockStatus DayStatus(ClockStatus status, CourtCase c, PersonId defendant, LocalDate triggerDate, CaseEvent? finish, bool ended,
        DateTimeZone zone, CourtCalendar? calendar, LocalDate asOfDate)
    {
        var countFrom = ExcludeTriggerDay ? triggerDate.PlusDays(1) : triggerDate;
        var excluded = MergedExclusions(c, defendant, countFrom);
        Func<LocalDate, bool> countable = Counting == DayCounting.Court ? calendar!.IsCourtDay : _ => true;
        var last = Limit.Unit == LimitUnit.Months
            ? MonthsLast(triggerDate, countFrom, excluded)
            : DaysLast(countFrom, Limit.Amount, countable, excluded);
        var due = last;
        string? why = null;
        if (calendar is not null && LastDay != LastDayRoll.None && !calendar.IsCourtDay(last))
        {
            why = calendar.WhyClosed(last);
            due = LastDay == LastDayRoll.Forward ? calendar.NextCourtDay(last) : calendar.PreviousCourtDay(last);
        }
        var window = new DateInterval(countFrom, last >= countFrom ? last : countFrom);
        var applied = excluded.Select(e => Intersect(e, window)).OfType<DateInterval>().ToImmutableArray();
        status = status with
        {
            CountFrom = countFrom,
            Due = due,
            UnrolledDue = due != last ? last : null,
            RolledBecause = why,
            ExcludedDays = applied.Sum(p => CountIn(p, countable)),
            ExcludedPeriods = applied,
        };
        var until = finish?.Time.DateIn(zone) ?? asOfDate;
        status = status with { DaysUsed = Used(countFrom, Min(until, last), countable, excluded) };
        if (finish is not null)
        {
            var on = finish.Time.DateIn(zone);
            if (Direction == ClockDirection.NotBefore)
            {
                return ended ? status with { State = ClockState.Ended }
                    : on < due ? status with { State = ClockState.Missed, DaysOverdue = Days(on, due) }
                    : status with { State = ClockState.Met };
            }
            return on > due
                ? status with { State = ClockState.Missed, DaysOverdue = Days(due, on) }
                : status with { State = ended ? ClockState.Ended : ClockState.Met };
        }
        if (Direction == ClockDirection.NotBefore)
        {
            return asOfDate < due
                ? status with { State = ClockState.Running, DaysRemaining = Days(asOfDate, due) }
                : status with { State = ClockState.Elapsed };
        }
        return asOfDate <= due
            ? status with { State = ClockState.Running, DaysRemaining = Days(asOfDate, due) }
            : status with { State = ClockState.Overdue, DaysOverdue = Days(due, asOfDate) };
    }

    /// <summary>The case's excluded periods this clock recognises, capped, merged (overlapping or adjacent periods become one) and sorted.</summary>
    internal ImmutableArray<DateInterval> MergedExclusions(CourtCase c, PersonId defendant, LocalDate countFrom)
    {
        var periods = new List<DateInterval>();
        foreach (var p in c.Exclusions)
        {
            if (!p.Concerns(defendant))
            {
                continue;
            }
            var rule = Exclusions.FirstOrDefault(x => string.Equals(x.Reason, p.Reason, StringComparison.Ordinal));
            if (rule is null)
            {
                continue;
            }
            var end = rule.CapDays is { } cap && p.Period.Start.PlusDays(cap - 1) < p.Period.End ? p.Period.Start.PlusDays(cap - 1) : p.Period.End;
            if (end >= countFrom)
            {
                periods.Add(new DateInterval(Max(p.Period.Start, countFrom), end));
            }
        }
        return Merge(periods);
    }

    internal static ImmutableArray<DateInterval> Merge(IEnumerable<DateInterval> periods)
    {
        var merged = new List<DateInterval>();
        foreach (var p in periods.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && p.Start <= merged[^1].End.PlusDays(1))
            {
                var last = merged[^1];
                merged[^1] = new DateInterval(last.Start, Max(last.End, p.End));
            }
            else
            {
                merged.Add(p);
            }
        }
        return [.. merged];
    }

    private static LocalDate DaysLast(LocalDate countFrom, int amount, Func<LocalDate, bool> countable, ImmutableArray<DateInterval> excluded)
    {
        var counted = 0;
        var d = countFrom.PlusDays(-1);
        var next = 0;
        while (counted < amount)
        {
            d = d.PlusDays(1);
            while (next < excluded.Length && excluded[next].End < d)
            {
                next++;
            }
            if (!countable(d) || (next < excluded.Length && excluded[next].Contains(d)))
            {
                continue;
            }
            counted++;
        }
        return d;
    }

    private LocalDate MonthsLast(LocalDate triggerDate, LocalDate countFrom, ImmutableArray<DateInterval> excluded)
    {
        var target = triggerDate.PlusMonths(Limit.Amount);
        if (Limit.MonthEnd == MonthEndPolicy.FirstDayOfNextMonth && target.Day < triggerDate.Day)
        {
            target = target.PlusDays(1);
        }
        var baseLast = ExcludeTriggerDay ? target : target.PlusDays(-1);
        // Extend by the excluded days inside the period; the period grows, so repeat until it stops growing.
        var extension = 0;
        while (true)
        {
            var last = baseLast.PlusDays(extension);
            var window = new DateInterval(countFrom, last >= countFrom ? last : countFrom);
            var inside = excluded.Select(e => Intersect(e, window)).OfType<DateInterval>().Sum(p => p.Length);
            if (inside == extension)
            {
                return last;
            }
            extension = inside;
        }
    }

    private static int Used(LocalDate countFrom, LocalDate until, Func<LocalDate, bool> countable, ImmutableArray<DateInterval> excluded)
    {
        var used = 0;
        for (var d = countFrom; d <= until; d = d.PlusDays(1))
        {
            if (countable(d) && !excluded.Any(e => e.Contains(d)))
            {
                used++;
            }
        }
        return used;
    }

    private static int CountIn(DateInterval period, Func<LocalDate, bool> countable)
    {
        var n = 0;
        foreach (var d in period)
        {
            if (countable(d))
            {
                n++;
            }
        }
        return n;
    }

    private static DateInterval? Intersect(DateInterval a, DateInterval b)
    {
        var start = Max(a.Start, b.Start);
        var end = Min(a.End, b.End);
        return end >= start ? new DateInterval(start, end) : null;
    }

    private static int Days(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    /// <summary>Describes the clock, e.g. <c>sta-3161-c1: 70 days from later of ChargeFiled, FirstAppearance — 18 U.S.C. §3161(c)(1)</c>.</summary>
    public override string ToString() => $"{Id}: {Limit} from {Trigger} — {Citation}";
}
