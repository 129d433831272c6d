using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.CaseFlow.Clocks;

/// <summary>Checks a statutory-clocks pack document and builds the clock set; every problem is reported with its JSON path.</summary>
internal static class ClockCompiler
{
    internal const int MaxDays = 3660;
    internal const int MaxHours = 24 * 366;
    internal const int MaxMonths = 120;

    public static ClockSet? Compile(ClockPackJson doc, RulePackHeader? header, ProblemSink problems)
    {
        var before = problems.Count;
        if (doc.Calendar is not null && !RulePackHeaderJson.IsPackId(doc.Calendar))
        {
            problems.Add("$.calendar", $"'{doc.Calendar}' is not a pack id");
        }
        if (doc.Clocks.Length == 0)
        {
            problems.Add("$.clocks", "at least one clock is required");
        }
        var key = header?.Key ?? doc.Header.Id + "@" + doc.Header.Version;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var clocks = new List<StatutoryClock>();
        for (var i = 0; i < doc.Clocks.Length; i++)
        {
            var clock = Clock(doc, doc.Clocks[i], JsonShape.Index("$.clocks", i), key, ids, problems);
            if (clock is not null)
            {
                clocks.Add(clock);
            }
        }
        if (problems.Count == before && doc.Calendar is null && clocks.FirstOrDefault(c => c.RequiresCalendar) is { } needs)
        {
            problems.Add("$.calendar", $"clock '{needs.Id}' counts court days or rolls to court days: name the court-calendar pack in 'calendar'");
        }
        if (problems.Count > before || header is null)
        {
            return null;
        }
        return new ClockSet(header, doc, doc.Calendar, [.. clocks]);
    }

    private static StatutoryClock? Clock(ClockPackJson doc, ClockJson c, string path, string key, HashSet<string> ids, ProblemSink problems)
    {
        var start = problems.Count;
        if (!RulePackHeaderJson.IsPackId(c.Id))
        {
            problems.Add(path + ".id", $"'{c.Id}' is not a clock id (lower-case letters, digits, '.', '-', '_'; 3 to 80 characters, starting with a letter)");
        }
        else if (!ids.Add(c.Id))
        {
            problems.Add(path + ".id", $"duplicate clock id '{c.Id}'");
        }
        if (string.IsNullOrWhiteSpace(c.Title))
        {
            problems.Add(path + ".title", "a title is required");
        }
        var citation = CitationJson.Compile(c.Citation, path + ".citation", doc.Header, problems);
        var trigger = Trigger(c.Trigger, path + ".trigger", problems);
        var limit = Limit(c.Limit, path + ".limit", problems);

        var counting = c.Counting;
        if (limit is { Unit: LimitUnit.Hours })
        {
            if (counting.HourExpiry is null)
            {
                problems.Add(path + ".counting", "an hour limit needs 'hourExpiry' (Exact, SameTimeNextCourtDay or EndOfNextCourtDayIfOutsideHours)");
            }
            Forbid(counting.Days, path + ".counting.days", "an hour limit counts elapsed hours, not days", problems);
            Forbid(counting.ExcludeTriggerDay, path + ".counting.excludeTriggerDay", "an hour limit counts from the trigger moment", problems);
            Forbid(counting.LastDay, path + ".counting.lastDay", "an hour limit uses 'hourExpiry' instead", problems);
            if (c.Exclusions is { Length: > 0 })
            {
                problems.Add(path + ".exclusions", "excluded periods are counted in days; an hour limit cannot have them");
            }
        }
        else if (limit is not null)
        {
            if (counting.Days is null || counting.ExcludeTriggerDay is null || counting.LastDay is null)
            {
                problems.Add(path + ".counting", "a day or month limit needs 'days' (Calendar or Court), 'excludeTriggerDay' and 'lastDay' (None, Forward or Backward)");
            }
            Forbid(counting.HourExpiry, path + ".counting.hourExpiry", "only hour limits use 'hourExpiry'", problems);
            if (limit.Unit == LimitUnit.Months && counting.Days == DayCounting.Court)
            {
                problems.Add(path + ".counting.days", "a month limit counts calendar months; use Calendar");
            }
            if (c.Direction == ClockDirection.NotBefore && counting.LastDay is not (null or LastDayRoll.None))
            {
                problems.Add(path + ".counting.lastDay", "a minimum period (NotBefore) is not rolled; use None");
            }
        }

        var stops = Kinds(c.StopsOn, path + ".stopsOn", problems);
        var ends = Kinds(c.EndsOn, path + ".endsOn", problems);
        if (stops.IsEmpty && ends.IsEmpty)
        {
            problems.Add(path, "a clock needs 'stopsOn' or 'endsOn' (what it limits)");
        }
        foreach (var k in stops.Intersect(ends))
        {
            problems.Add(path + ".endsOn", $"{k} is already a stopping event");
        }
        if (trigger is not null)
        {
            foreach (var k in stops.Concat(ends).Intersect(trigger.Events))
            {
                problems.Add(path, $"{k} both starts and stops the clock");
            }
        }

        var when = c.When ?? new ConditionJson();
        if (when.MinPenaltyYears is < 1 or > 100)
        {
            problems.Add(path + ".when.minPenaltyYears", $"must be 1 to 100 (found {when.MinPenaltyYears})");
        }
        if (when.PenaltyYearsBelow is < 1 or > 100)
        {
            problems.Add(path + ".when.penaltyYearsBelow", $"must be 1 to 100 (found {when.PenaltyYearsBelow})");
        }
        if (when is { MinPenaltyYears: { } min, PenaltyYearsBelow: { } below } && below <= min)
        {
            problems.Add(path + ".when", "minPenaltyYears and penaltyYearsBelow exclude each other: no defendant can meet both");
        }

        if (when.PenaltyTerm is not null && when.MinPenaltyYears is null && when.PenaltyYearsBelow is null)
        {
            problems.Add(path + ".when.penaltyTerm", "penaltyTerm says how minPenaltyYears or penaltyYearsBelow read a charge; give one of them");
        }

        if (when.WithWarrant is not null && trigger is not null && !trigger.Events.Contains(CaseEventKind.Arrest))
        {
            problems.Add(path + ".when.withWarrant", "withWarrant reads the triggering arrest; the trigger has no Arrest");
        }

        var noneBefore = Kinds(when.NoneBefore, path + ".when.noneBefore", problems);
        if (trigger is not null)
        {
            foreach (var k in noneBefore.Intersect(trigger.Events))
            {
                problems.Add(path + ".when.noneBefore", $"{k} starts the clock; it cannot also prevent it");
            }
        }

        var exclusions = ImmutableArray.CreateBuilder<ClockExclusion>();
        var reasons = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (c.Exclusions?.Length ?? 0); i++)
        {
            var x = c.Exclusions![i];
            var xPath = JsonShape.Index(path + ".exclusions", i);
            var xStart = problems.Count;
            if (!RulePackHeaderJson.IsPackId(x.Reason))
            {
                problems.Add(xPath + ".reason", $"'{x.Reason}' is not a reason code (lower-case letters, digits, '.', '-', '_'; 3 to 80 characters, starting with a letter)");
            }
            else if (!reasons.Add(x.Reason))
            {
                problems.Add(xPath + ".reason", $"duplicate reason '{x.Reason}'");
            }
            if (string.IsNullOrWhiteSpace(x.Title))
            {
                problems.Add(xPath + ".title", "a title is required");
            }
            if (x.CapDays is < 1 or > MaxDays)
            {
                problems.Add(xPath + ".capDays", $"must be 1 to {MaxDays} (found {x.CapDays})");
            }
            var xCitation = CitationJson.Compile(x.Citation, xPath + ".citation", doc.Header, problems);
            if (problems.Count == xStart && xCitation is not null)
            {
                exclusions.Add(new ClockExclusion(x.Reason, x.Title, x.CapDays, xCitation));
            }
        }
        if (c.EffectiveFrom is { } from && c.EffectiveTo is { } to && to < from)
        {
            problems.Add(path + ".effectiveTo", $"{to:uuuu-MM-dd} is before effectiveFrom {from:uuuu-MM-dd}");
        }
        if (problems.Count > start || citation is null || trigger is null || limit is null)
        {
            return null;
        }
        return new StatutoryClock(key)
        {
            Id = c.Id,
            Title = c.Title,
            Trigger = trigger,
            Limit = limit,
            Direction = c.Direction,
            Counting = counting.Days ?? DayCounting.Calendar,
            ExcludeTriggerDay = counting.ExcludeTriggerDay ?? false,
            LastDay = counting.LastDay ?? LastDayRoll.None,
            HourExpiry = counting.HourExpiry ?? HourExpiry.Exact,
            StopsOn = stops,
            EndsOn = ends,
            Exclusions = exclusions.ToImmutable(),
            When = new ClockCondition(when.Detained, when.MinPenaltyYears, when.PenaltyYearsBelow, noneBefore, when.PenaltyTerm ?? PenaltyTerm.Maximum, when.WithWarrant),
            DetentionLimit = c.DetentionLimit,
            EffectiveFrom = c.EffectiveFrom,
            EffectiveTo = c.EffectiveTo,
            Citation = citation,
        };
    }

    private static ClockTrigger? Trigger(TriggerJson t, string path, ProblemSink problems)
    {
        var given = (t.Event is null ? 0 : 1) + (t.LatestOf is null ? 0 : 1) + (t.EarliestOf is null ? 0 : 1);
        if (given != 1)
        {
            problems.Add(path, "give exactly one of 'event', 'latestOf', 'earliestOf'");
            return null;
        }
        if (t.Event is { } e)
        {
            return new ClockTrigger(TriggerMode.Event, [e]);
        }
        var (mode, list, name) = t.LatestOf is not null ? (TriggerMode.LatestOf, t.LatestOf, "latestOf") : (TriggerMode.EarliestOf, t.EarliestOf!, "earliestOf");
        var before = problems.Count;
        if (list.Length < 2)
        {
            problems.Add(path + "." + name, $"list at least two events (found {list.Length}); use 'event' for one");
        }
        var kinds = Kinds(list, path + "." + name, problems);
        return problems.Count > before ? null : new ClockTrigger(mode, kinds);
    }

    private static ClockLimit? Limit(LimitJson l, string path, ProblemSink problems)
    {
        var given = (l.Days is null ? 0 : 1) + (l.Hours is null ? 0 : 1) + (l.Months is null ? 0 : 1);
        if (given != 1)
        {
            problems.Add(path, "give exactly one of 'days', 'hours', 'months'");
            return null;
        }
        var (unit, amount, max, name) = l.Days is { } d ? (LimitUnit.Days, d, MaxDays, "days")
            : l.Hours is { } h ? (LimitUnit.Hours, h, MaxHours, "hours")
            : (LimitUnit.Months, l.Months!.Value, MaxMonths, "months");
        var ok = true;
        if (amount < 1 || amount > max)
        {
            problems.Add(path + "." + name, $"must be 1 to {max} (found {amount})");
            ok = false;
        }
        if (unit == LimitUnit.Months && l.MonthEnd is null)
        {
            problems.Add(path, "a month limit needs 'monthEnd' (LastDayOfMonth or FirstDayOfNextMonth): what 31 January + 1 month is");
            ok = false;
        }
        if (unit != LimitUnit.Months && l.MonthEnd is not null)
        {
            problems.Add(path + ".monthEnd", "only month limits use 'monthEnd'");
            ok = false;
        }
        return ok ? new ClockLimit(unit, amount, l.MonthEnd) : null;
    }

    private static ImmutableArray<CaseEventKind> Kinds(CaseEventKind[]? kinds, string path, ProblemSink problems)
    {
        if (kinds is null)
        {
            return [];
        }
        if (kinds.Length == 0)
        {
            problems.Add(path, "list at least one event, or omit the property");
        }
        for (var i = 0; i < kinds.Length; i++)
        {
            if (Array.IndexOf(kinds, kinds[i]) < i)
            {
                problems.Add(JsonShape.Index(path, i), $"duplicate event '{kinds[i]}'");
            }
        }
        return [.. kinds.Distinct()];
    }

    private static void Forbid<T>(T? value, string path, string why, ProblemSink problems) where T : struct
    {
        if (value is not null)
        {
            problems.Add(path, why);
        }
    }
}
