using System.Xml.Linq;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.CaseFlow.Timelines;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>The SVG picture of a case: well-formed, and showing what is late, excluded and due.</summary>
public sealed class CaseTimelineTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static CaseTimeline Timeline(string caseId)
    {
        var entry = DocketTests.Example().Cases.Single(c => c.Case.Id == caseId);
        return CaseTimeline.Build(entry.Case, entry.Clocks, entry.Calendar, StatutoryClock.EndOfDayIn(new LocalDate(2025, 5, 15), entry.Case.TimeZone));
    }

    [Fact]
    public void The_svg_is_well_formed_and_draws_every_event_and_clock()
    {
        var timeline = Timeline("1:25-cr-00017");
        var doc = XDocument.Parse(timeline.ToSvg());
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        var circles = doc.Descendants(Svg + "circle").Count();
        Assert.Equal(timeline.Case.Events.Length, circles);
        var diamonds = doc.Descendants(Svg + "path").Count();
        Assert.Equal(timeline.Statuses.Count(s => s.Due is not null), diamonds);
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains(texts, t => t.StartsWith("sta-3161-c1 (D1) Overdue", StringComparison.Ordinal));
        Assert.Contains("3 day(s) late", texts);
    }

    [Fact]
    public void Late_spans_are_red_and_excluded_periods_hatched_with_their_dates()
    {
        var svg = XDocument.Parse(Timeline("1:25-cr-00017").ToSvg());
        var rects = svg.Descendants(Svg + "rect").ToList();
        Assert.Contains(rects, r => (string?)r.Attribute("fill") == "#c53030");
        var hatched = rects.Where(r => (string?)r.Attribute("fill") == "url(#excluded)").Select(r => r.Element(Svg + "title")!.Value).ToList();
        Assert.Contains("excluded 2025-02-20..2025-04-04 (44 days)", hatched);
        // Non-court days are shaded with the reason, e.g. Memorial Day.
        Assert.Contains(rects, r => r.Element(Svg + "title")?.Value == "2025-05-26 Memorial Day");
    }

    [Fact]
    public void Text_is_escaped()
    {
        var entry = DocketTests.Example().Cases.Single(c => c.Case.Id == "NRB-CR-2025-0519");
        var odd = entry.Case with { Court = "Court <A & B> \"x\"" };
        var svg = CaseTimeline.Build(odd, entry.Clocks, entry.Calendar, Instant.FromUtc(2025, 5, 15, 0, 0)).ToSvg();
        var doc = XDocument.Parse(svg);
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value.Contains("Court <A & B> \"x\"", StringComparison.Ordinal));
    }
}
