using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Inl.Justice.CaseFlow;
using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.CaseFlow.Timelines;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Cli;

/// <summary>
/// Reads a docket file and resolves, for each case, its clock pack (<c>--pack</c>, else the case's <c>clocks</c>) and
/// calendar (<c>--calendar</c>, else the pack's <c>calendar</c>). Prints every problem and returns null when anything is wrong.
/// </summary>
internal static class CaseFlowInputs
{
    public static Docket? Load(string input, string? packRef, string? calendarRef, LocalDate on, TextWriter stderr, out int exit)
    {
        exit = ExitCodes.Ok;
        var bytes = CliApp.ReadFile(input, stderr);
        if (bytes is null)
        {
            exit = ExitCodes.Usage;
            return null;
        }
        var loaded = CaseDocket.TryLoad(bytes, input);
        if (!loaded.TryGetValue(out var docket))
        {
            exit = CliApp.PrintProblems(loaded.Problems, stderr);
            return null;
        }
        var packs = new Dictionary<string, ClockSet>(System.StringComparer.Ordinal);
        var calendars = new Dictionary<string, CourtCalendar>(System.StringComparer.Ordinal);
        var problems = new List<Problem>();
        var entries = ImmutableArray.CreateBuilder<DocketCase>();
        for (var i = 0; i < docket.Cases.Length; i++)
        {
            var c = docket.Cases[i];
            var path = $"$.cases[{i}]";
            var reference = packRef ?? c.Clocks;
            if (reference is null)
            {
                problems.Add(new Problem(input, path + ".clocks", "no clock pack: name one in 'clocks' (e.g. us-federal-criminal-clocks) or give --pack"));
                continue;
            }
            if (!packs.TryGetValue(reference, out var clocks))
            {
                clocks = PackResolver.Resolve<ClockSet>(reference, on, stderr, out exit);
                if (clocks is null)
                {
                    return null;
                }
                packs[reference] = clocks;
            }
            CourtCalendar? calendar = null;
            if ((calendarRef ?? clocks.CalendarId) is { } calendarId)
            {
                if (!calendars.TryGetValue(calendarId, out calendar))
                {
                    calendar = PackResolver.Resolve<CourtCalendar>(calendarId, on, stderr, out exit);
                    if (calendar is null)
                    {
                        return null;
                    }
                    calendars[calendarId] = calendar;
                }
            }
            else if (clocks.RequiresCalendar)
            {
                stderr.WriteLine($"error: {clocks.Header.Key} needs a court calendar: give --calendar ID|PATH");
                exit = ExitCodes.Usage;
                return null;
            }
            if (packRef is null || packRef == c.Clocks)
            {
                // Exclusion reasons are checked against the case's own pack; another pack given with --pack may not know them.
                problems.AddRange(clocks.Check(c, path, input));
            }
            entries.Add(new DocketCase(c, clocks, calendar));
        }
        if (problems.Count > 0)
        {
            exit = CliApp.PrintProblems(problems, stderr);
            return null;
        }
        return new Docket(entries.ToImmutable());
    }
}
