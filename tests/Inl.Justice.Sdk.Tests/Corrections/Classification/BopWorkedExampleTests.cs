using System.Collections.Immutable;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Classification;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.Corrections.Classification;

/// <summary>Examples taken from the published tables the BOP pack cites, one rule at a time.</summary>
public sealed class BopWorkedExampleTests
{
    private static readonly LocalDate On = new(2026, 11, 1);

    /// <summary>A male, 40, Lowest offense, no history, verified education: 0 + 0 + 0 + age 2 = 2 points.</summary>
    private static PrisonerProfile Baseline(Sex sex = Sex.Male) => new()
    {
        Id = new PersonId("X"),
        Sex = sex,
        DateOfBirth = new LocalDate(1986, 6, 1),
        LegalStatus = LegalStatus.Convicted,
        OffenseSeverity = OffenseSeverity.Lowest,
        Education = EducationLevel.Verified,
        MonthsToRelease = 24,
    };

    private static ClassificationResult Classify(PrisonerProfile p) => TestData.Bop.Classify(p, On);

    private static int Points(PrisonerProfile p, string item) => Classify(p).Contributions.Single(c => c.Item == item).Points;

    [Theory]
    // prisonologyx, custody level page: "Lowest (0) … Low Moderate (1) … Moderate (3) … High (5) … Greatest (7)".
    [InlineData(OffenseSeverity.Lowest, 0)]
    [InlineData(OffenseSeverity.LowModerate, 1)]
    [InlineData(OffenseSeverity.Moderate, 3)]
    [InlineData(OffenseSeverity.High, 5)]
    [InlineData(OffenseSeverity.Greatest, 7)]
    public void Severity_of_current_offense_points_follow_the_published_scale(OffenseSeverity severity, int points) =>
        Assert.Equal(points, Points(Baseline() with { OffenseSeverity = severity }, "offenseSeverity"));

    [Theory]
    // prisonologyx: "Existing Detainer a. None (0) b. Low / Low Moderate (1) c. Moderate (3) d. High (5) e. Greatest (7)".
    [InlineData(null, 0)]
    [InlineData(OffenseSeverity.Lowest, 1)]
    [InlineData(OffenseSeverity.LowModerate, 1)]
    [InlineData(OffenseSeverity.Moderate, 3)]
    [InlineData(OffenseSeverity.High, 5)]
    [InlineData(OffenseSeverity.Greatest, 7)]
    public void Type_of_detainer_points_follow_the_published_scale(OffenseSeverity? detainer, int points) =>
        Assert.Equal(points, Points(Baseline() with { DetainerSeverity = detainer }, "detainer"));

    [Theory]
    // prisonologyx: Criminal History Category I (0) II (2) III (4) IV (6) V (8) VI (10); categories by points per the
    // USSG Sentencing Table: I 0-1, II 2-3, III 4-6, IV 7-9, V 10-12, VI 13+. Both edges of each band.
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 4)]
    [InlineData(6, 4)]
    [InlineData(7, 6)]
    [InlineData(9, 6)]
    [InlineData(10, 8)]
    [InlineData(12, 8)]
    [InlineData(13, 10)]
    [InlineData(40, 10)]
    public void Criminal_history_score_follows_the_category_table(int chp, int points) =>
        Assert.Equal(points, Points(Baseline() with { CriminalHistoryPoints = chp }, "criminalHistory"));

    [Theory]
    // prisonologyx: History of Escape "None (0) … More than 15 years ago (1 Minor, 3 Serious) … 10-15 years ago (1 / 3)
    // … 5-10 years ago (2 / 3) … Less than 5 years ago (3 Minor, 3 Serious)".
    [InlineData(2, false, 3)]
    [InlineData(2, true, 3)]
    [InlineData(7, false, 2)]
    [InlineData(7, true, 3)]
    [InlineData(12, false, 1)]
    [InlineData(12, true, 3)]
    [InlineData(20, false, 1)]
    [InlineData(20, true, 3)]
    public void History_of_escape_points_follow_the_published_table(int yearsAgo, bool serious, int points) =>
        Assert.Equal(points, Points(Baseline() with { Escapes = [new Incident(On.PlusYears(-yearsAgo).PlusDays(-10), serious)] }, "historyOfEscape"));

    [Fact]
    public void The_worst_incident_counts_not_the_sum()
    {
        // Two escapes: minor 20 years ago (1) and minor 7 years ago (2): the item gives 2, explained by the recent one.
        var p = Baseline() with { Escapes = [new Incident(new LocalDate(2006, 1, 1), false), new Incident(new LocalDate(2019, 6, 1), false)] };
        var c = Classify(p).Contributions.Single(x => x.Item == "historyOfEscape");
        Assert.Equal(2, c.Points);
        Assert.Equal(7, c.Value);
        Assert.Equal("minor, 5–9 years ago", c.Answer);
    }

    [Fact]
    public void Voluntary_surrender_takes_three_points_off()
    {
        // federalcriminallawyer.us: "YES: -3 points. NO: 0 points"; kansasfpd: "takes three points off".
        var without = Classify(Baseline());
        var with = Classify(Baseline() with { VoluntarySurrender = true });
        Assert.Equal(without.Score - 3, with.Score);
    }

    [Theory]
    // kansasfpd: "0-11 points- Minimum / 12-15 points- Low / 16-23 points- Medium / 24+ points- High" (males, no PSF).
    // Scores built on the 2-point baseline with criminal history and offense points.
    [InlineData(OffenseSeverity.Lowest, 0, 2, "Minimum")]
    [InlineData(OffenseSeverity.High, 4, 11, "Minimum")]
    [InlineData(OffenseSeverity.High, 7, 13, "Low")]
    [InlineData(OffenseSeverity.Greatest, 7, 15, "Low")]
    [InlineData(OffenseSeverity.Greatest, 10, 17, "Medium")]
    [InlineData(OffenseSeverity.Greatest, 20, 19, "Medium")]
    public void Male_point_totals_map_to_the_published_levels(OffenseSeverity offense, int chp, int score, string level)
    {
        var r = Classify(Baseline() with { OffenseSeverity = offense, CriminalHistoryPoints = chp });
        Assert.Equal(score, r.Score);
        Assert.Equal(level, r.ScoredLevel.Name);
    }

    [Fact]
    public void Public_safety_factors_are_floors_that_keep_the_computed_score_beside_them()
    {
        // PS 5100.08 ch. 5 (the level is recorded as unverified in the pack): Disruptive Group places a male at High
        // whatever his points; the 2-point score and Minimum scored level stay in the result.
        var r = Classify(Baseline() with { PublicSafetyFactors = ["DisruptiveGroup"] });
        Assert.Equal(2, r.Score);
        Assert.Equal("Minimum", r.ScoredLevel.Name);
        Assert.Equal("High", r.Level.Name);
        var floor = Assert.Single(r.Floors);
        Assert.True(floor.Binding);
        Assert.Equal("psf-disruptive-group", floor.Rule);
        Assert.Equal(Verification.Unverified, floor.Citation.Verification);
    }

    [Fact]
    public void Male_only_floors_do_not_apply_to_women()
    {
        var male = Classify(Baseline() with { MonthsToRelease = 400 });
        var female = Classify(Baseline(Sex.Female) with { MonthsToRelease = 400 });
        Assert.Equal("High", male.Level.Name);
        Assert.Equal("Minimum", female.Level.Name);
    }

    [Theory]
    // Sentence Length PSF: more than 10 / 20 / 30 years remaining (120 / 240 / 360 months) at the edges.
    [InlineData(120, "Minimum")]
    [InlineData(121, "Low")]
    [InlineData(240, "Low")]
    [InlineData(241, "Medium")]
    [InlineData(360, "Medium")]
    [InlineData(361, "High")]
    public void Sentence_length_floor_uses_more_than_10_20_30_years(int months, string level) =>
        Assert.Equal(level, Classify(Baseline() with { MonthsToRelease = months }).Level.Name);

    [Fact]
    public void Every_contribution_names_its_citation_and_the_pack_records_what_is_unverified()
    {
        var r = Classify(Baseline());
        Assert.All(r.Contributions, c => Assert.False(string.IsNullOrWhiteSpace(c.Citation.Provision)));
        Assert.Equal(Verification.Secondary, r.Contributions.Single(c => c.Item == "offenseSeverity").Citation.Verification);
        Assert.Equal(Verification.Unverified, r.Contributions.Single(c => c.Item == "age").Citation.Verification);
        Assert.Equal("us-bop-ps5100.08@1.0.0", r.Instrument);
    }

    [Fact]
    public void Dates_after_the_assessment_date_are_refused_not_scored_as_zero_years_ago()
    {
        // A month after the assessment date is less than a year: it must still be refused, by Check and by the fast path.
        var p = Baseline() with { Violence = [new Incident(On.PlusMonths(1), true)] };
        Assert.Equal("$.violence[0].date", Assert.Single(TestData.Bop.Check(p, On)).Path);
        Assert.Throws<ArgumentException>(() => TestData.Bop.Level(p, On));
        Assert.Throws<ArgumentException>(() => TestData.Bop.Classify(p, On));
        Assert.Throws<ArgumentException>(() => TestData.Bop.Level(Baseline() with { SubstanceAbuseLastDate = On.PlusDays(1) }, On));
    }
}
