using System.IO;
using Inl.Justice.Common;
using Inl.Justice.Gender.Indicators;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.Gender.Indicators;

/// <summary>The opening example of docs/gender-indicators.md, compiled and checked, and the figures the guide quotes.</summary>
public sealed class IndicatorGuideTests
{
    [Fact]
    public void The_opening_example_computes_what_the_guide_says()
    {
        PersonnelRecord[] register =
        [
            new(new PersonId("A"), Sex.Female, PersonnelCategory.Police, new LocalDate(2001, 9, 1)),
            new(new PersonId("F"), Sex.Male, PersonnelCategory.Police, new LocalDate(2010, 10, 10), new LocalDate(2024, 12, 31)),
            new(new PersonId("J"), Sex.Female, PersonnelCategory.Police, new LocalDate(1990, 1, 1), new LocalDate(2024, 6, 30)),
            new(new PersonId("I"), Sex.Unknown, PersonnelCategory.Police, new LocalDate(2020, 1, 6)),
        ];
        var police = PersonnelTally.Count(register, 2024).For(PersonnelCategory.Police);
        Assert.Equal(new SexTally(1, 1, 1), police);
        Assert.Equal(0.5, police.WomenShare);

        var detention = DetentionTally.FromTotals(unsentenced: new SexTally(150, 3_000, 10), total: new SexTally(400, 9_600, 20));
        Assert.Equal(0.375, detention.UnsentencedProportionOf(Sex.Female));
        Assert.Equal(0.3154, Math.Round(detention.UnsentencedProportion!.Value, 4));

        Assert.Equal(0.82, RepresentationRatio.ForWomen(new SexTally(41, 59), womenShareOfWorkingAgePopulation: 0.50).Ratio!.Value, 12);

        var series = IndicatorSeries.Create([(2019, 0.30), (2020, 0.32), (2022, 0.35)]);
        Assert.Equal([2021], series.MissingYears.AsEnumerable());
        Assert.Equal(0.02, series.Points[1].Change!.Value, 12);
        Assert.Equal(TrendDirection.Rising, series.Trend());
    }

    [Fact]
    public void The_guide_table_is_what_the_report_prints()
    {
        var guide = File.ReadAllText(TestData.RepoFile("docs/gender-indicators.md")).ReplaceLineEndings("\n");
        var report = IndicatorReport.Create(IndicatorData.TryLoadFile(TestData.RepoFile("docs/examples/indicators.json")).Value).ToSummary();
        var table = report.Split('\n').SkipWhile(l => !l.StartsWith("Indicator", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("Shares are", StringComparison.Ordinal));
        foreach (var line in table)
        {
            Assert.Contains(line, guide, StringComparison.Ordinal);
        }
    }
}
