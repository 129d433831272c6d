using Inl.Justice.CaseFlow;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.CaseFlow.Timelines;
using Inl.Justice.RulePacks;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>Docket views over the example docket (docs/examples/cases.json) as of 15 May 2025.</summary>
public sealed class DocketTests
{
    private static readonly LocalDate AsOf = new(2025, 5, 15);

    internal static Docket Example()
    {
        var cases = CaseDocket.TryLoadFile(TestData.RepoFile("docs/examples/cases.json")).Value;
        return new Docket([.. cases.Cases.Select(c =>
        {
            var clocks = RulePackCatalog.Default.Get<ClockSet>(c.Clocks!, AsOf);
            var calendar = clocks.CalendarId is { } id ? RulePackCatalog.Default.Get<Inl.Justice.CaseFlow.Calendars.CourtCalendar>(id, AsOf) : null;
            return new DocketCase(c, clocks, calendar);
        })]);
    }

    [Fact]
    public void Overdue_lists_the_late_clocks_most_overdue_first_with_their_citations()
    {
        var overdue = Example().Overdue(AsOf);
        Assert.Equal(["co-ley1786-1y", "in-s167-60d", "sta-3161-c1", "ke-art49-1f-24h"], overdue.Select(s => s.ClockId));
        Assert.Equal([76, 43, 3, 1], overdue.Select(s => s.DaysOverdue!.Value));
        Assert.All(overdue, s => Assert.Equal(ClockState.Overdue, s.State));
        Assert.Equal("18 U.S.C. §3161(c)(1) [secondary source]", overdue[2].Citation.ToString());
        // 44 days excluded once (20 February–4 April), though the motion and the continuance overlap for five days.
        Assert.Equal(44, overdue[2].ExcludedDays);
        Assert.Equal(new LocalDate(2025, 5, 12), overdue[2].Due);
    }

    [Fact]
    public void Due_within_lists_running_deadlines_soonest_first()
    {
        var docket = Example();
        var twoWeeks = docket.DueWithin(Period.FromDays(14), AsOf);
        Assert.Equal(["sta-3164-detained"], twoWeeks.Select(s => s.ClockId));
        Assert.Equal(new LocalDate(2025, 5, 27), twoWeeks[0].Due);          // 24 May is a Saturday and 26 May Memorial Day
        Assert.Equal(new LocalDate(2025, 5, 24), twoWeeks[0].UnrolledDue);
        var later = docket.DueWithin(Period.FromDays(18), AsOf);
        Assert.Equal([("sta-3164-detained", "D1"), ("sta-3161-c1", "D2")], later.Select(s => (s.ClockId, s.Defendant.Value)));
    }

    [Fact]
    public void The_detention_report_lists_who_is_held_since_when_against_which_limit()
    {
        var lines = Example().Detention(AsOf);
        Assert.Equal(["BOG-2024-1107", "1:25-cr-00017", "DEL-FIR-2025-0219", "JHB-2025-0088", "NRB-CR-2025-0519"], lines.Select(l => l.CaseId));
        Assert.Equal(["co-ley1786-1y", "sta-3164-detained", "in-s167-60d", null, null], lines.Select(l => l.Limit?.ClockId));
        var us = lines[1];
        Assert.Equal(new LocalDate(2025, 1, 6), us.Since.DateIn(DateTimeZoneProviders.Tzdb["America/New_York"]));
        Assert.Equal(130, us.DaysInCustody);                               // 6 January to 15 May, both counted
        Assert.Equal(CaseStage.Charged, us.Stage);
    }

    [Fact]
    public void The_report_summarises_and_writes_JSON_with_the_fields_the_CLI_promises()
    {
        var report = Example().Evaluate(AsOf);
        Assert.Equal(4, report.OverdueCount);
        Assert.Equal(1, report.MissedCount);                               // the notice of appeal filed three days late
        Assert.Contains("4 overdue, 1 missed", report.ToSummary(), StringComparison.Ordinal);
        var json = System.Text.Json.Nodes.JsonNode.Parse(report.ToJson())!;
        Assert.Equal("2025-05-15", (string)json["asOfDate"]!);
        var frap = json["cases"]!.AsArray().Single(c => (string)c!["id"]! == "1:24-cr-00311")!["clocks"]!.AsArray().Single(c => (string)c!["clock"]! == "frap-4b-defendant")!;
        Assert.Equal("Missed", (string)frap["status"]!);
        Assert.Equal("2024-12-06", (string)frap["due"]!);
        Assert.Equal(3, (int)frap["daysOverdue"]!);
        Assert.Equal("FRAP 4(b)(1)(A); FRAP 26(a)(1)", (string)frap["citation"]!["provision"]!);
    }
}
