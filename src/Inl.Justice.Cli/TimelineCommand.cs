using System.CommandLine;
using System.IO;
using System.Linq;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.CaseFlow.Timelines;
using NodaTime;

namespace Inl.Justice.Cli;

/// <summary><c>inl-justice timeline --input FILE --case ID --svg OUT [--as-of DATE] [--pack ID|PATH] [--calendar ID|PATH]</c>.</summary>
internal static class TimelineCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr, ZonedClock today)
    {
        var input = new Option<string>("--input", "-i") { Description = "Docket JSON (cases with events and excluded periods)", Required = true };
        var caseId = new Option<string>("--case") { Description = "The case number to draw", Required = true };
        var svg = new Option<string>("--svg") { Description = "The SVG file to write", Required = true };
        var asOf = DateOption.Create("--as-of", "Date of the view (the end of that day in the court's time zone). Default: today");
        var pack = new Option<string?>("--pack", "-p") { Description = "Clock pack: embedded pack id or file. Default: the case's 'clocks'" };
        var calendar = new Option<string?>("--calendar") { Description = "Court calendar: embedded pack id or file. Default: the clock pack's 'calendar'" };
        var command = new Command("timeline", "Draw a case's events, clocks, excluded periods and due dates as an SVG picture.")
        {
            input, caseId, svg, asOf, pack, calendar,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(caseId)!, parse.GetValue(svg)!, parse.GetValue(asOf) ?? today.GetCurrentDate(),
            parse.GetValue(pack), parse.GetValue(calendar), stdout, stderr));
        return command;
    }

    private static int Run(string inputPath, string caseId, string svgPath, LocalDate asOf, string? packRef, string? calendarRef, TextWriter stdout, TextWriter stderr)
    {
        var docket = CaseFlowInputs.Load(inputPath, packRef, calendarRef, asOf, stderr, out var exit);
        if (docket is null)
        {
            return exit;
        }
        var entry = docket.Cases.FirstOrDefault(c => c.Case.Id == caseId);
        if (entry is null)
        {
            stderr.WriteLine($"error: --case '{caseId}' is not in {inputPath} (cases: {string.Join(", ", docket.Cases.Select(c => c.Case.Id))})");
            return ExitCodes.Usage;
        }
        var timeline = CaseTimeline.Build(entry.Case, entry.Clocks, entry.Calendar, StatutoryClock.EndOfDayIn(asOf, entry.Case.TimeZone));
        File.WriteAllText(svgPath, timeline.ToSvg());
        stdout.WriteLine($"{svgPath}: case {caseId} as of {asOf:uuuu-MM-dd}, {timeline.Statuses.Length} clock(s), {timeline.Statuses.Count(s => s.IsLate)} late.");
        return ExitCodes.Ok;
    }
}
