using System.IO;
using System.Linq;
using Inl.Justice.Corrections;
using Xunit;

namespace Inl.Justice.Tests.Corrections.Classification;

/// <summary>
/// The example cohort (docs/examples/prisoners.json, assessed on 2026-11-01) against levels worked out by hand from the
/// BP-337 tables in the us-bop-ps5100.08 pack (PS 5100.08, ch. 4-5; values and their verification as the pack records).
/// Item order in the working: detainer + offense + criminal history + violence + escape + voluntary surrender + age +
/// education + drug/alcohol. Male scale: 0-11 Minimum, 12-15 Low, 16-23 Medium, 24+ High. Female: 0-15 Minimum,
/// 16-30 Low, 31+ High. Ages and "years ago" are completed years on 2026-11-01.
/// </summary>
public sealed class BopCohortTests
{
    [Theory]
    // P01 M age 36: 0 + Moderate 3 + CHP 3->2 + 0 + 0 + VS -3 + age 2 + Verified 0 + 0 = 4 -> Minimum.
    [InlineData("P01", 4, "Minimum", "Minimum")]
    // P02 M age 23: 0 + High 5 + CHP 8->6 + serious 2y ago 7 + 0 + 0 + age 8 + None 2 + abuse 0y ago 1 = 29 -> High.
    [InlineData("P02", 29, "High", "High")]
    // P03 F age 41: 0 + Moderate 3 + CHP 1->0 + 0 + 0 - 3 + age 2 + Enrolled 1 + abuse 3y ago 1 = 4 -> Minimum (female table).
    [InlineData("P03", 4, "Minimum", "Minimum")]
    // P04 F born 2000-02-29, age 26: detainer Moderate 3 + High 5 + CHP 5->4 + minor 7y ago 3 + minor escape 14y ago 1 + 0 + age 4 + None 2 + 0 = 22 -> Low (16-30).
    [InlineData("P04", 22, "Low", "Low")]
    // P05 M age 66: 0 + Greatest 7 + 0 + 0 + 0 + 0 + age 0 + 0 + 0 = 7 -> Minimum; floors: Greatest severity and 200 months (>120) -> Low.
    [InlineData("P05", 7, "Minimum", "Low")]
    // P06 M age 31 (birthday today): 0 + LowModerate 1 + CHP 2->2 + age 4 = 7 -> Minimum; Deportable Alien floor -> Low.
    [InlineData("P06", 7, "Minimum", "Low")]
    // P07 M age 47: detainer High 5 + High 5 + CHP 13->10 + serious 26y ago 2 + serious escape 8y ago 3 + 0 + age 2 + Enrolled 1 + abuse 16y ago 0 = 28 -> High (250 months floor Medium does not bind).
    [InlineData("P07", 28, "High", "High")]
    // P08 M age 37: Moderate 3 + CHP 4->4 + age 2 + None 2 = 11 -> Minimum; 400 months (>360) -> High.
    [InlineData("P08", 11, "Minimum", "High")]
    // P09 M age 27: Lowest 0 + 0 - 3 + age 4 + 0 = 1 -> Minimum; Disruptive Group -> High.
    [InlineData("P09", 1, "Minimum", "High")]
    // P10 F age 27: 1 -> Minimum; Sex Offender applies to women too -> Low.
    [InlineData("P10", 1, "Minimum", "Low")]
    // P11 F age 56: detainer Greatest 7 + Greatest 7 + CHP 15->10 + serious 3y ago 7 + serious escape 1y ago 3 + 0 + age 0 + None 2 + abuse 2y ago 1 = 37 -> High (31+); the male-only sentence-length floor does not apply.
    [InlineData("P11", 37, "High", "High")]
    // P12 M age 34: High 5 + CHP 3->2 + minor 12y ago 1 + age 4 = 12 -> Low (lower edge).
    [InlineData("P12", 12, "Low", "Low")]
    // P13 M age 34: High 5 + CHP 2->2 + age 4 = 11 -> Minimum (upper edge).
    [InlineData("P13", 11, "Minimum", "Minimum")]
    // P14 M age 46: Greatest 7 + CHP 9->6 + age 2 + Enrolled 1 = 16 -> Medium (lower edge); Greatest floor (Low) does not bind.
    [InlineData("P14", 16, "Medium", "Medium")]
    // P15 M age 46: detainer Moderate 3 + Greatest 7 + CHP 7->6 + minor escape 6y ago 2 + age 2 + None 2 + abuse 4y ago 1 = 23 -> Medium (upper edge).
    [InlineData("P15", 23, "Medium", "Medium")]
    // P16 = P15 + minor violence 20y ago 1 = 24 -> High (lower edge).
    [InlineData("P16", 24, "High", "High")]
    // P17 F age 36: High 5 + CHP 10->8 + age 2 + None 2 = 17 -> Low.
    [InlineData("P17", 17, "Low", "Low")]
    // P18 F age 36: detainer LowModerate 1 + High 5 + CHP 4->4 + minor escape 11y ago 1 + age 2 + Enrolled 1 + abuse 1y ago 1 = 15 -> Minimum (female upper edge).
    [InlineData("P18", 15, "Minimum", "Minimum")]
    // P19 = P18 with education None 2 = 16 -> Low (female lower edge).
    [InlineData("P19", 16, "Low", "Low")]
    // P20 M age 20, untried: Moderate 3 + 0 + minor 2y ago 5 + age 8 + Enrolled 1 + abuse 0y ago 1 = 18 -> Medium; Juvenile Violence floor (Low) does not bind.
    [InlineData("P20", 18, "Medium", "Medium")]
    // P21 M born 1970-11-02, age 55 on 2026-11-01: LowModerate 1 + CHP 1->0 - 3 + age 0 = -2 -> Minimum (scores can be negative).
    [InlineData("P21", -2, "Minimum", "Minimum")]
    // P22 M born 1971-11-02, age 54: 1 + 0 - 3 + age 2 = 0 -> Minimum.
    [InlineData("P22", 0, "Minimum", "Minimum")]
    // P23 M born 2001-11-01, age 25 today: Moderate 3 + CHP 3->2 + serious exactly 5y ago (5-9 band) 6 + age 4 = 15 -> Low.
    [InlineData("P23", 15, "Low", "Low")]
    // P24 M born 2001-11-02, age 24: 3 + 2 + serious 4y ago (0-4 band) 7 + age 8 = 20 -> Medium.
    [InlineData("P24", 20, "Medium", "Medium")]
    // P25 M age 41: LowModerate 1 + serious escape 9y ago 3 + age 2 = 6 -> Minimum; Serious Escape floor (males) -> Medium.
    [InlineData("P25", 6, "Minimum", "Medium")]
    // P26 F, same facts: 6 -> Minimum; the pack encodes no Serious Escape floor for women (unverified level), so Minimum.
    [InlineData("P26", 6, "Minimum", "Minimum")]
    public void Example_cohort_matches_the_levels_worked_by_hand(string id, int score, string scored, string level)
    {
        var cohort = PrisonerCohort.TryLoad(File.ReadAllBytes(TestData.RepoFile("docs/examples/prisoners.json"))).Value;
        var prisoner = cohort.Prisoners.Single(p => p.Id.Value == id);

        var result = TestData.Bop.Classify(prisoner, cohort.AssessedOn);

        Assert.Equal(TestData.CohortDate, cohort.AssessedOn);
        Assert.Equal(score, result.Score);
        Assert.Equal(scored, result.ScoredLevel.Name);
        Assert.Equal(level, result.Level.Name);
        Assert.Equal(level, TestData.Bop.Level(prisoner, cohort.AssessedOn).Name);
    }

    [Fact]
    public void Every_prisoner_of_the_example_cohort_is_covered_by_a_hand_worked_case()
    {
        var cohort = PrisonerCohort.TryLoad(File.ReadAllBytes(TestData.RepoFile("docs/examples/prisoners.json"))).Value;
        var worked = typeof(BopCohortTests).GetMethod(nameof(Example_cohort_matches_the_levels_worked_by_hand))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0]).ToHashSet();
        Assert.Equal(cohort.Prisoners.Select(p => p.Id.Value).ToHashSet(), worked);
        Assert.True(cohort.Prisoners.Length >= 20);
    }
}
