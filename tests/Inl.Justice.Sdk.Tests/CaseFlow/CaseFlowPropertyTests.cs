using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.CaseFlow;
using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.RulePacks;
using NodaTime;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>Invariants of statutory clocks over generated clocks, calendars, exclusions and timelines.</summary>
[Properties(Arbitrary = [typeof(CaseFlowArbitraries)], MaxTest = 300)]
public sealed class CaseFlowPropertyTests
{
    internal static readonly (ClockSet Clocks, CourtCalendar? Calendar)[] Packs =
    [
        .. new[] { "us-federal-criminal-clocks", "un-iccpr-custody-clocks", "ke-criminal-clocks", "za-criminal-clocks", "in-crpc-clocks", "co-cpp-clocks" }
            .Select(id => RulePackCatalog.Default.Latest<ClockSet>(id))
            .Select(set => (set, set.CalendarId is { } c ? RulePackCatalog.Default.Latest<CourtCalendar>(c) : null)),
    ];

    private static LocalDate LastDay(ClockStatus s) => s.UnrolledDue ?? s.Due!.Value;

    private static int Pick(int value, int count) => (int)(unchecked((uint)value) % (uint)count);

    [Property]
    public Property An_excluded_period_never_shortens_a_deadline(DayClockCase c, int start, int length)
    {
        var extra = new DateInterval(c.Trigger.PlusDays(Pick(start, (c.Days * 3) + 20) - 10), c.Trigger.PlusDays(Pick(start, (c.Days * 3) + 20) - 10 + Pick(length, 40)));
        var before = c.Status(c.Exclusions);
        var after = c.Status(c.Exclusions.Add(extra));
        return (LastDay(after) >= LastDay(before) && after.Due >= before.Due || c.Roll == LastDayRoll.Backward && LastDay(after) >= LastDay(before))
            .Label($"before {LastDay(before)} ({before.Due}), after {LastDay(after)} ({after.Due}) with {extra}");
    }

    [Property]
    public Property An_excluded_period_extends_a_deadline_by_exactly_its_new_countable_days(DayClockCase c, int start, int length)
    {
        var before = c.Status(c.Exclusions);
        var last = LastDay(before);
        var span = Period.Between(c.CountFrom, last, PeriodUnits.Days).Days + 1;
        var from = c.CountFrom.PlusDays(Pick(start, span));
        var to = from.PlusDays(Pick(length, 30));
        var extra = new DateInterval(from, to > last ? last : to);

        // The oracle: the days of the new period that were countable and not yet excluded push the last day forward
        // by as many countable, non-excluded days.
        bool Excluded(LocalDate d) => c.Exclusions.Any(e => e.Contains(d));
        var added = extra.Count(d => c.IsCountable(d) && !Excluded(d));
        var expected = last;
        for (var moved = 0; moved < added;)
        {
            expected = expected.PlusDays(1);
            if (c.IsCountable(expected) && !Excluded(expected))
            {
                moved++;
            }
        }
        var after = c.Status(c.Exclusions.Add(extra));
        return (LastDay(after) == expected)
            .Label($"last day {last:uuuu-MM-dd} + {added} new day(s) of {extra} should be {expected:uuuu-MM-dd}, got {LastDay(after):uuuu-MM-dd}")
            .Classify(added == 0, "period already excluded or not countable")
            .Classify(added > 0, "extends");
    }

    [Property]
    public Property Due_dates_never_fall_on_a_non_court_day_when_the_rule_rolls(DayClockCase c)
    {
        var s = c.Status(c.Exclusions);
        var ok = c.Roll == LastDayRoll.None || c.Calendar.IsCourtDay(s.Due!.Value);
        var direction = c.Roll switch
        {
            LastDayRoll.Forward => s.Due >= LastDay(s),
            LastDayRoll.Backward => s.Due <= LastDay(s),
            _ => s.Due == LastDay(s),
        };
        return (ok && direction).Label($"due {s.Due:uuuu-MM-dd} ({c.Calendar.WhyClosed(s.Due!.Value) ?? "court day"}), last day {LastDay(s):uuuu-MM-dd}")
            .Classify(s.UnrolledDue is not null, "rolled");
    }

    [Property]
    public Property Hour_limits_that_roll_end_within_court_hours_on_a_court_day(int arrestDay, int arrestMinute, bool kenya)
    {
        var (clocks, calendar, zone, id) = kenya
            ? (CaseFlowFixtures.KenyaClocks, CaseFlowFixtures.KenyaCourts, CaseFlowFixtures.Nairobi, "ke-art49-1f-24h")
            : (CaseFlowFixtures.SouthAfricaClocks, CaseFlowFixtures.SouthAfricaCourts, CaseFlowFixtures.Johannesburg, "za-s35-1d-48h");
        var arrest = CaseFlowArbitraries.Time(zone, new LocalDate(2024, 1, 1).PlusDays(Pick(arrestDay, 365 * 7)), Pick(arrestMinute, 24 * 60));
        var c = CaseFlowFixtures.Case(zone, new CaseEvent(CaseEventKind.Arrest, arrest, CaseFlowFixtures.D1));
        var s = clocks[id].Status(c, CaseFlowFixtures.D1, calendar, arrest.Moment!.Value)!;
        var due = s.DueAt!.Value.InZone(zone);
        var hours = calendar.Hours!;
        var expiry = arrest.Moment!.Value + Duration.FromHours(s.Limit.Amount);
        return (calendar.IsCourtDay(due.Date) && due.TimeOfDay >= hours.Opens && due.TimeOfDay <= hours.Closes && s.DueAt >= expiry)
            .Label($"arrest {arrest.ToString(zone)}, due {due}")
            .Classify(s.DueAt != expiry, "rolled");
    }

    [Property(MaxTest = 150)]
    public Property Adding_an_event_after_the_due_date_cannot_change_the_due_date(TimelineCase t, int kind, int offset, int minute)
    {
        var c = t.Case;
        var asOf = StatutoryClock.EndOfDayIn(t.LastDate.PlusDays(400), t.Zone);
        var kinds = Enum.GetValues<CaseEventKind>();
        var checkedClocks = 0;
        foreach (var (clocks, calendar) in Packs)
        {
            foreach (var clock in clocks.Clocks)
            {
                if (clock.Status(c, CaseFlowFixtures.D1, calendar, asOf) is not { Due: { } due } before)
                {
                    continue;
                }
                var added = new CaseEvent(kinds[Pick(kind, kinds.Length)], CaseFlowArbitraries.Time(t.Zone, due.PlusDays(1 + Pick(offset, 60)), Pick(minute, 24 * 60 + 1) - 1), CaseFlowFixtures.D1);
                var later = c with { Events = c.Events.Add(added) };
                // A trigger after a closed episode starts a new episode; the episode that had this due date keeps it.
                var after = clock.Episodes(later, CaseFlowFixtures.D1, calendar, asOf).FirstOrDefault(e => e.Episode == before.Episode);
                checkedClocks++;
                if (after is null || after.Due != before.Due || after.DueAt != before.DueAt)
                {
                    return false.Label($"{clock.Id}: due {before.Due} ({before.DueAt}) became {after?.Due} ({after?.DueAt}) after {added.Kind} {added.Time}");
                }
            }
        }
        return true.ToProperty().Classify(checkedClocks == 0, "no clock started").Classify(checkedClocks >= 3, "3+ clocks checked");
    }

    // The order of stages, written out in full rather than derived: a trial, arraignment, judgment or accepted plea needs
    // a charge before it; a sentence or appeal needs a judgment or an accepted plea before it *and* a charge (which the
    // judgment or plea needs). An event is reported exactly when one of its predecessors, direct or not, is missing.
    [Property]
    public Property Impossible_sequences_are_checked_against_every_required_predecessor(TimelineCase t)
    {
        var order = Enumerable.Range(0, t.Events.Length)
            .OrderBy(i => i, Comparer<int>.Create((a, b) => EventTime.Compare(t.Events[a].Time, t.Events[b].Time, t.Zone) is var x && x != 0 ? x : a.CompareTo(b)))
            .ToList();
        var expected = new SortedSet<int>();
        var seen = new HashSet<CaseEventKind>();
        foreach (var i in order)
        {
            var kind = t.Events[i].Kind;
            var needsCharge = kind is CaseEventKind.TrialStarted or CaseEventKind.Arraignment or CaseEventKind.Judgment or CaseEventKind.PleaAccepted
                or CaseEventKind.Sentence or CaseEventKind.AppealFiled;
            var needsConviction = kind is CaseEventKind.Sentence or CaseEventKind.AppealFiled;
            if ((needsCharge && !seen.Contains(CaseEventKind.ChargeFiled))
                || (needsConviction && !seen.Contains(CaseEventKind.Judgment) && !seen.Contains(CaseEventKind.PleaAccepted)))
            {
                expected.Add(i);
            }
            seen.Add(kind);
        }
        var reported = t.Case.Check().Select(p => int.Parse(p.Path["$.events[".Length..^1], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        return reported.SequenceEqual(expected).Label($"expected {string.Join(",", expected)}, reported {string.Join(",", reported)}");
    }

    [Property(MaxTest = 150)]
    public Property Episodes_follow_one_another_and_the_status_is_the_latest(TimelineCase t)
    {
        var c = t.Case;
        var asOf = StatutoryClock.EndOfDayIn(t.LastDate.PlusDays(400), t.Zone);
        foreach (var (clocks, calendar) in Packs)
        {
            foreach (var clock in clocks.Clocks)
            {
                var episodes = clock.Episodes(c, CaseFlowFixtures.D1, calendar, asOf);
                var status = clock.Status(c, CaseFlowFixtures.D1, calendar, asOf);
                if (!episodes.IsEmpty && !Equals(status, episodes[^1]))
                {
                    return false.Label($"{clock.Id}: status {status} is not the latest episode {episodes[^1]}");
                }
                for (var i = 1; i < episodes.Length; i++)
                {
                    var previous = episodes[i - 1];
                    if (previous.StoppedAt is not { } closed || episodes[i].Episode <= previous.Episode
                        || EventTime.Compare(episodes[i].Trigger!.Value, closed, t.Zone) < 0
                        || previous.State is ClockState.Running or ClockState.Overdue or ClockState.NotStarted or ClockState.Elapsed)
                    {
                        return false.Label($"{clock.Id}: episode {episodes[i]} follows {previous}");
                    }
                }
            }
        }
        return true.ToProperty();
    }
}
