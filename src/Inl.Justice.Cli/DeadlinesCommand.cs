using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.CaseFlow.Timelines;
using NodaTime;
using Spectre.Console;

namespace Inl.Justice.Cli;

/// <summary><c>inl-justice deadlines --input FILE [--as-of DATE] [--pack ID|PATH] [--calendar ID|PATH] [--format table|json]</c>.</summary>
internal static class DeadlinesCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr, ZonedClock today)
    {
        var input = new Option<string>("--input", "-i") { Description = "Docket JSON (cases with events and excluded periods)", Required = true };
        var asOf = DateOption.Create("--as-of", "Date of the report (the end of that day in each court's time zone). Default: today");
        var pack = new Option<string?>("--pack", "-p") { Description = "Clock pack for every case: embedded pack id or file. Default: each case's 'clocks'" };
        var calendar = new Option<string?>("--calendar") { Description = "Court calendar: embedded pack id or file. Default: the clock pack's 'calendar'" };
        var format = FormatOption.TableOrJson();
        var command = new Command("deadlines", "Statutory clocks of every case: due date, status, days remaining or overdue, excluded days and citation.")
        {
            input, asOf, pack, calendar, format,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(asOf) ?? today.GetCurrentDate(), parse.GetValue(pack), parse.GetValue(calendar), parse.GetValue(format)!, stdout, stderr));
        return command;
    }

    private static int Run(string inputPath, LocalDate asOf, string? packRef, string? calendarRef, string format, TextWriter stdout, TextWriter stderr)
    {
        var docket = CaseFlowInputs.Load(inputPath, packRef, calendarRef, asOf, stderr, out var exit);
        if (docket is null)
        {
            return exit;
        }
        // Each case is evaluated at the end of the day in its own court's time zone.
        var report = docket.Evaluate(asOf);
        var statuses = report.Statuses;
        if (format == "json")
        {
            stdout.Write(Encoding.UTF8.GetString(report.ToJson()) + "\n");
            return ExitCodes.Ok;
        }
        var buffer = new StringWriter();
        buffer.WriteLine($"Deadlines as of the end of {asOf:uuuu-MM-dd} (each court's time zone): {statuses.Length} clock(s), {report.OverdueCount} overdue, {report.MissedCount} missed.");
        var table = new Table().Border(TableBorder.Ascii2)
            .AddColumn("Case").AddColumn("Defendant").AddColumn("Clock").AddColumn("Status").AddColumn("Due").AddColumn("Days left / over").AddColumn("Excluded").AddColumn("Citation");
        foreach (var s in statuses)
        {
            table.AddRow(
                Markup.Escape(s.CaseId),
                Markup.Escape(s.Defendant.Value),
                Markup.Escape(s.ClockId),
                s.State.ToString(),
                Markup.Escape(Due(s, docket)),
                Markup.Escape(Days(s)),
                s.ExcludedDays.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(s.Citation.ToString()));
        }
        var console = Render.To(buffer);
        console.Profile.Width = 250;   // one line per clock: citations are long
        console.Write(table);
        stdout.Write(buffer.ToString());
        return ExitCodes.Ok;
    }

    private static string Due(ClockStatus s, Docket docket)
    {
        if (s.DueAt is { } at)
        {
            var zone = docket.Cases.First(c => c.Case.Id == s.CaseId).Case.TimeZone;
            return at.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }
        return s.Due is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + (s.UnrolledDue is null ? string.Empty : " (rolled)") : "-";
    }

    private static string Days(ClockStatus s) => s.State switch
    {
        ClockState.Running when s.TimeRemaining is { } r => $"{ClockHours(r)} left",
        ClockState.Running => $"{s.DaysRemaining} left",
        ClockState.Overdue or ClockState.Missed when s.TimeOverdue is { } o => $"{ClockHours(o)} over",
        ClockState.Overdue or ClockState.Missed => s.Direction == ClockDirection.NotBefore ? $"{s.DaysOverdue} early" : $"{s.DaysOverdue} over",
        _ => "",
    };

    private static string ClockHours(Duration d) => string.Create(CultureInfo.InvariantCulture, $"{(long)System.Math.Floor(d.TotalHours)}h{d.Minutes:00}m");
}
