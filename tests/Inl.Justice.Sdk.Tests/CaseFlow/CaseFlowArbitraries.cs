using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Inl.Justice.CaseFlow;
using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using NodaTime;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>A day clock built from generated settings, on one of the embedded calendars, with excluded periods.</summary>
public sealed record DayClockCase(string CalendarId, LocalDate Trigger, int Days, DayCounting Counting, bool ExcludeTriggerDay, LastDayRoll Roll, ImmutableArray<DateInterval> Exclusions)
{
    public const string Reason = "test-exclusion";

    public CourtCalendar Calendar => RulePackCatalog.Default.Latest<CourtCalendar>(CalendarId);

    public StatutoryClock Clock => new("test-clocks@1.0.0")
    {
        Id = "test-clock",
        Title = "Generated day clock",
        Trigger = new ClockTrigger(TriggerMode.Event, [CaseEventKind.Arrest]),
        Limit = new ClockLimit(LimitUnit.Days, Days),
        Direction = ClockDirection.Deadline,
        Counting = Counting,
        ExcludeTriggerDay = ExcludeTriggerDay,
        LastDay = Roll,
        HourExpiry = HourExpiry.Exact,
        StopsOn = [CaseEventKind.TrialStarted],
        EndsOn = [],
        Exclusions = [new ClockExclusion(Reason, "Generated exclusion", null, Citation.Unverified("test"))],
        When = new ClockCondition(),
        DetentionLimit = false,
        Citation = Citation.Unverified("test"),
    };

    public LocalDate CountFrom => ExcludeTriggerDay ? Trigger.PlusDays(1) : Trigger;

    public CourtCase Case(IEnumerable<DateInterval> exclusions) => new()
    {
        Id = "P-1",
        TimeZone = CaseFlowFixtures.NewYork,
        Defendants = [new Defendant(CaseFlowFixtures.D1)],
        Events = [new CaseEvent(CaseEventKind.Arrest, EventTime.On(Trigger), CaseFlowFixtures.D1)],
        Exclusions = [.. exclusions.Select(e => new ExcludedPeriod(Reason, e))],
    };

    public ClockStatus Status(IEnumerable<DateInterval> exclusions) =>
        Clock.Status(Case(exclusions), CaseFlowFixtures.D1, Calendar, Trigger) ?? throw new InvalidOperationException("the generated clock always applies");

    public bool IsCountable(LocalDate d) => Counting == DayCounting.Calendar || Calendar.IsCourtDay(d);

    public override string ToString() =>
        $"{CalendarId} trigger {Trigger:uuuu-MM-dd} {Days} {Counting} days, excludeTriggerDay {ExcludeTriggerDay}, roll {Roll}, exclusions [{string.Join(", ", Exclusions.Select(e => $"{e.Start:uuuu-MM-dd}..{e.End:uuuu-MM-dd}"))}]";
}

/// <summary>A generated timeline of one defendant, evaluated under every embedded clock pack.</summary>
public sealed record TimelineCase(DateTimeZone Zone, ImmutableArray<CaseEvent> Events, int? MaxPenaltyYears)
{
    public CourtCase Case => new()
    {
        Id = "G-1",
        TimeZone = Zone,
        Defendants = [new Defendant(CaseFlowFixtures.D1)],
        Charges = MaxPenaltyYears is { } y ? [new Charge("c1", "generated", CaseFlowFixtures.D1, y)] : [],
        Events = Events,
    };

    public LocalDate LastDate => Events.IsEmpty ? new LocalDate(2025, 1, 1) : Events.Max(e => e.Time.DateIn(Zone));

    public override string ToString() =>
        $"{Zone.Id}, penalty {MaxPenaltyYears?.ToString(CultureInfo.InvariantCulture) ?? "none"}: " + string.Join("; ", Events.Select(e => $"{e.Kind} {e.Time}"));
}

/// <summary>Generators, with shrinkers, of valid case-flow values.</summary>
public static class CaseFlowArbitraries
{
    public static readonly string[] CalendarIds = ["us-federal-courts", "ke-courts", "za-courts"];

    public static readonly DateTimeZone[] Zones =
    [
        CaseFlowFixtures.NewYork, CaseFlowFixtures.Nairobi, CaseFlowFixtures.Johannesburg, CaseFlowFixtures.Kolkata, CaseFlowFixtures.Bogota,
        DateTimeZoneProviders.Tzdb["Europe/London"], DateTimeZoneProviders.Tzdb["Pacific/Chatham"],
    ];

    public static Arbitrary<DayClockCase> DayClockCases() => Arb.From(DayClockGen(), ShrinkDayClock);

    public static Arbitrary<TimelineCase> TimelineCases() => Arb.From(TimelineGen(), ShrinkTimeline);

    public static Gen<DayClockCase> DayClockGen() =>
        from calendar in Gen.Elements(CalendarIds)
        from trigger in Arbitraries.DateBetween(new LocalDate(2024, 1, 1), new LocalDate(2029, 12, 31))
        from days in Gen.Frequency((3, Gen.Choose(1, 30)), (2, Gen.Choose(31, 120)))
        from counting in Gen.Elements(DayCounting.Calendar, DayCounting.Court)
        from excludeTriggerDay in Gen.Elements(true, false)
        from roll in Gen.Elements(LastDayRoll.None, LastDayRoll.Forward, LastDayRoll.Backward)
        from count in Gen.Choose(0, 4)
        from exclusions in Gen.ArrayOf(
            from start in Gen.Choose(-10, days * 2)
            from length in Gen.Choose(0, 30)
            select new DateInterval(trigger.PlusDays(start), trigger.PlusDays(start + length)), count)
        select new DayClockCase(calendar, trigger, days, counting, excludeTriggerDay, roll, [.. exclusions]);

    private static IEnumerable<DayClockCase> ShrinkDayClock(DayClockCase c)
    {
        for (var i = 0; i < c.Exclusions.Length; i++)
        {
            yield return c with { Exclusions = c.Exclusions.RemoveAt(i) };
        }
        for (var i = 0; i < c.Exclusions.Length; i++)
        {
            var e = c.Exclusions[i];
            if (e.Length > 1)
            {
                yield return c with { Exclusions = c.Exclusions.SetItem(i, new DateInterval(e.Start, e.Start.PlusDays((e.Length / 2) - 1))) };
            }
        }
        if (c.Days > 1)
        {
            yield return c with { Days = c.Days / 2 };
            yield return c with { Days = c.Days - 1 };
        }
        if (c.Roll != LastDayRoll.None)
        {
            yield return c with { Roll = LastDayRoll.None };
        }
        if (c.Counting != DayCounting.Calendar)
        {
            yield return c with { Counting = DayCounting.Calendar };
        }
        if (c.CalendarId != CalendarIds[0])
        {
            yield return c with { CalendarId = CalendarIds[0] };
        }
    }

    private static readonly CaseEventKind[] Kinds = Enum.GetValues<CaseEventKind>();

    public static Gen<TimelineCase> TimelineGen() =>
        from zone in Gen.Elements(Zones)
        from start in Arbitraries.DateBetween(new LocalDate(2024, 1, 1), new LocalDate(2029, 6, 30))
        from count in Gen.Choose(1, 9)
        from events in Gen.ArrayOf(EventGen(zone, start), count)
        from penalty in Gen.Elements<int?>(null, 3, 7, 10, 20)
        select new TimelineCase(zone, [.. events], penalty);

    private static Gen<CaseEvent> EventGen(DateTimeZone zone, LocalDate start) =>
        from kind in Gen.Frequency(
            (4, Gen.Elements(CaseEventKind.Arrest, CaseEventKind.FirstAppearance, CaseEventKind.DetentionOrdered, CaseEventKind.ChargeFiled)),
            (3, Gen.Elements(Kinds)))
        from day in Gen.Choose(0, 150)
        from minute in Gen.Frequency((1, Gen.Constant(-1)), (3, Gen.Choose(0, (24 * 60) - 1)))
        select new CaseEvent(kind, Time(zone, start.PlusDays(day), minute), CaseFlowFixtures.D1);

    internal static EventTime Time(DateTimeZone zone, LocalDate date, int minuteOfDay) =>
        minuteOfDay < 0 ? EventTime.On(date) : EventTime.At((date + LocalTime.FromMinutesSinceMidnight(minuteOfDay)).InZoneLeniently(zone).ToInstant());

    private static IEnumerable<TimelineCase> ShrinkTimeline(TimelineCase c)
    {
        for (var i = 0; i < c.Events.Length; i++)
        {
            yield return c with { Events = c.Events.RemoveAt(i) };
        }
        if (c.MaxPenaltyYears is not null)
        {
            yield return c with { MaxPenaltyYears = null };
        }
        if (c.Zone != Zones[0])
        {
            yield return c with { Zone = Zones[0] };
        }
    }
}
