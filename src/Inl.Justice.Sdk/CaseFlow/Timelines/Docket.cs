using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.CaseFlow.Timelines;

/// <summary>
/// Many cases, each with its clocks and calendar: the statuses of every clock, what is overdue, what falls due soon, and
/// who is detained against which limit. Every view is a pure function of the docket and the moment given. Immutable.
/// </summary>
public sealed class Docket
{
    /// <summary>Creates a docket.</summary>
    /// <exception cref="ArgumentException">The array is default or holds <see langword="null"/>.</exception>
    public Docket(ImmutableArray<DocketCase> cases)
    {
        Preconditions.CheckArgument(!cases.IsDefault, nameof(cases), "Cases must not be default");
        Preconditions.CheckArgument(cases.All(c => c is not null), nameof(cases), "Cases must not hold null");
        Cases = cases;
    }

    /// <summary>Gets the cases.</summary>
    public ImmutableArray<DocketCase> Cases { get; }

    /// <summary>A docket whose cases all share one clock pack and calendar.</summary>
    public static Docket For(IEnumerable<CourtCase> cases, ClockSet clocks, Calendars.CourtCalendar? calendar)
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        return new Docket([.. cases.Select(c => new DocketCase(c, clocks, calendar))]);
    }

    /// <summary>Every applicable clock of every case at <paramref name="asOf"/>, in docket order (case, defendant, clock).</summary>
    public DeadlineReport Evaluate(Instant asOf) =>
        new(asOf, null, [.. Cases.SelectMany(c => c.Clocks.Evaluate(c.Case, c.Calendar, asOf))]);

    /// <summary>Every applicable clock of every case at the end of <paramref name="asOf"/> in each case's court time zone, in docket order.</summary>
    public DeadlineReport Evaluate(LocalDate asOf) =>
        new(null, asOf, [.. Cases.SelectMany(c => c.Clocks.Evaluate(c.Case, c.Calendar, Clocks.StatutoryClock.EndOfDay(asOf, c.Case.TimeZone)))]);

    /// <summary>
    /// The clocks running past their due date at <paramref name="asOf"/>, most overdue first (then by case, defendant
    /// and clock), each with its citation and the days (for hour limits, the time) over.
    /// </summary>
    public ImmutableArray<ClockStatus> Overdue(Instant asOf) => Overdue(Evaluate(asOf));

    /// <summary>The clocks running past their due date at the end of <paramref name="asOf"/> in each court's time zone, most overdue first.</summary>
    public ImmutableArray<ClockStatus> Overdue(LocalDate asOf) => Overdue(Evaluate(asOf));

    private static ImmutableArray<ClockStatus> Overdue(DeadlineReport report) =>
        [.. report.Statuses.Where(s => s.State == ClockState.Overdue)
            .OrderByDescending(s => s.DaysOverdue).ThenByDescending(s => s.TimeOverdue ?? Duration.Zero)
            .ThenBy(s => s.CaseId, StringComparer.Ordinal).ThenBy(s => s.Defendant).ThenBy(s => s.ClockId, StringComparer.Ordinal)];

    /// <summary>
    /// The deadlines still running at <paramref name="asOf"/> whose due date is no later than <paramref name="asOf"/>'s
    /// date plus <paramref name="period"/>, soonest first (then by case, defendant and clock).
    /// </summary>
    /// <param name="period">How far ahead to look, e.g. <c>Period.FromDays(7)</c>.</param>
    /// <param name="asOf">The moment of the view.</param>
    public ImmutableArray<ClockStatus> DueWithin(Period period, Instant asOf) => DueWithin(period, Evaluate(asOf));

    /// <summary>The deadlines running at the end of <paramref name="asOf"/> (each court's time zone) and due within <paramref name="period"/> of it, soonest first.</summary>
    public ImmutableArray<ClockStatus> DueWithin(Period period, LocalDate asOf) => DueWithin(period, Evaluate(asOf));

    private ImmutableArray<ClockStatus> DueWithin(Period period, DeadlineReport report)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        return [.. report.Statuses
            .Where(s => s.State == ClockState.Running && s.Direction == ClockDirection.Deadline && s.Due <= s.AsOfDate.Plus(period))
            .OrderBy(s => s.DueAt ?? Clocks.StatutoryClock.EndOfDay(s.Due!.Value, Zone(s.CaseId)))
            .ThenBy(s => s.CaseId, StringComparer.Ordinal).ThenBy(s => s.Defendant).ThenBy(s => s.ClockId, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Who is in custody at <paramref name="asOf"/>, since when and for how long, with the detention-limit clock that
    /// applies (the one with the earliest due date when several do), longest in custody first.
    /// </summary>
    public ImmutableArray<DetentionLine> Detention(Instant asOf) => Detention(_ => asOf);

    /// <summary>Who is in custody at the end of <paramref name="asOf"/> in each court's time zone, longest in custody first.</summary>
    public ImmutableArray<DetentionLine> Detention(LocalDate asOf) => Detention(c => Clocks.StatutoryClock.EndOfDay(asOf, c.TimeZone));

    private ImmutableArray<DetentionLine> Detention(Func<CourtCase, Instant> moment)
    {
        var lines = new List<DetentionLine>();
        foreach (var entry in Cases)
        {
            var c = entry.Case;
            var asOf = moment(c);
            var statuses = entry.Clocks.Evaluate(c, entry.Calendar, asOf);
            foreach (var defendant in c.Defendants.Select(d => d.Id).Distinct())
            {
                if (c.CustodySince(defendant, asOf) is not { } since)
                {
                    continue;
                }
                var today = asOf.InZone(c.TimeZone).Date;
                var days = Period.Between(since.DateIn(c.TimeZone), today, PeriodUnits.Days).Days + 1;
                var limit = statuses.Where(s => s.Defendant == defendant && s.DetentionLimit)
                    .GroupBy(s => s.ClockId, StringComparer.Ordinal).Select(g => g.MaxBy(s => s.Episode)!)   // the current episode of each clock
                    .Where(s => s.State != ClockState.Ended)
                    .OrderBy(s => s.Due ?? LocalDate.MaxIsoValue).FirstOrDefault();
                lines.Add(new DetentionLine(c.Id, defendant, c.StageOf(defendant, asOf), since, days, limit));
            }
        }
        return [.. lines.OrderByDescending(l => l.DaysInCustody).ThenBy(l => l.CaseId, StringComparer.Ordinal).ThenBy(l => l.Defendant)];
    }

    private DateTimeZone Zone(string caseId) => Cases.First(c => c.Case.Id == caseId).Case.TimeZone;
}
