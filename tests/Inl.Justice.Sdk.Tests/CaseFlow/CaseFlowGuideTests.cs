using System.IO;
using Inl.Justice.CaseFlow;
using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.CaseFlow.Timelines;
using Inl.Justice.RulePacks;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>The opening example of docs/caseflow.md, compiled and checked, and the figures the guide quotes.</summary>
public sealed class CaseFlowGuideTests
{
    [Fact]
    public void The_guide_example_gives_what_the_guide_says()
    {
        var asOf = new LocalDate(2025, 5, 15);
        var clocks = RulePackCatalog.Default.Get<ClockSet>("us-federal-criminal-clocks", asOf);
        var calendar = RulePackCatalog.Default.Get<CourtCalendar>(clocks.CalendarId!, asOf);
        var cases = CaseDocket.TryLoadFile(TestData.RepoFile("docs/examples/cases.json")).Value;

        var c = cases.Find("1:25-cr-00017")!;
        ClockStatus? s = clocks["sta-3161-c1"].Status(c, c.Defendants[0].Id, calendar, asOf);
        Assert.NotNull(s);
        Assert.Equal(ClockState.Overdue, s.State);
        Assert.Equal(new LocalDate(2025, 5, 12), s.Due);
        Assert.Equal(new LocalDate(2025, 5, 11), s.UnrolledDue);
        Assert.Equal(3, s.DaysOverdue);
        Assert.Equal(44, s.ExcludedDays);
        Assert.Equal("18 U.S.C. §3161(c)(1) [secondary source]", s.Citation.ToString());

        var docket = Docket.For(cases.Cases.Where(x => x.Clocks == clocks.Header.Id), clocks, calendar);
        Assert.NotEmpty(docket.Overdue(asOf));
        Assert.NotEmpty(docket.DueWithin(Period.FromDays(14), asOf));
        Assert.NotEmpty(docket.Detention(asOf));
        var svg = CaseTimeline.Build(c, clocks, calendar, StatutoryClock.EndOfDayIn(asOf, c.TimeZone)).ToSvg();
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guide_quotes_the_example_docket_heading()
    {
        var guide = File.ReadAllText(TestData.RepoFile("docs/caseflow.md"));
        var summary = DocketTests.Example().Evaluate(new LocalDate(2025, 5, 15)).ToSummary();
        Assert.Contains("4 overdue, 1 missed", guide, StringComparison.Ordinal);
        Assert.Contains("4 overdue, 1 missed", summary, StringComparison.Ordinal);
        Assert.Contains("exclude 44 days, not 49", guide, StringComparison.Ordinal);
    }
}
