using Inl.Justice.Common;
using Inl.Justice.Gender.Indicators;
using Xunit;

namespace Inl.Justice.Tests.Gender.Indicators;

/// <summary>
/// SDG 16.7.1(c) (UNDP metadata, 2022-03-31, 4.c): female representation ratio = proportion of female personnel ÷
/// proportion of women in the working-age population; 1 = parity, &lt; 1 under-, &gt; 1 over-representation.
/// </summary>
public sealed class RepresentationRatioTests
{
    /// <summary>Worked example (illustrative, hand-computed): 41 women and 59 men judges → 0.41; women are 50 % of the working-age population → 0.41 ÷ 0.50 = 0.82.</summary>
    [Fact]
    public void Worked_example_with_a_population_share()
    {
        var r = RepresentationRatio.ForWomen(new SexTally(41, 59, 3), 0.50);
        Assert.Equal(0.41, r.ShareInPositions);
        Assert.Equal(0.82, r.Ratio!.Value, 12);
        Assert.Equal("0.82 (women 41.0 % of positions, 50.0 % of the working-age population)", r.ToString());
    }

    /// <summary>
    /// Worked example with population counts: working-age women 1,020,000, men 980,000 → 1,020,000 ÷ 2,000,000 = 0.51;
    /// judges 0.41 → 0.41 ÷ 0.51 = 0.803921…
    /// </summary>
    [Fact]
    public void Worked_example_with_population_counts()
    {
        var r = RepresentationRatio.ForWomen(new SexTally(41, 59), new SexTally(1_020_000, 980_000));
        Assert.Equal(0.51, r.ShareInPopulation);
        Assert.Equal(0.8039, Math.Round(r.Ratio!.Value, 4));
    }

    /// <summary>
    /// The metadata's own illustration of the ratio formula (section 4.b, for youth): 48 % of judges in a group that is
    /// 30 % of the working-age population gives 1.6; against 70 % it gives 0.69. The formula is the same for women.
    /// </summary>
    [Fact]
    public void The_metadata_example_ratios()
    {
        var judges = new SexTally(48, 52);
        Assert.Equal(1.6, RepresentationRatio.ForWomen(judges, 0.30).Ratio!.Value, 12);
        Assert.Equal(0.69, Math.Round(RepresentationRatio.ForWomen(judges, 0.70).Ratio!.Value, 2));
    }

    [Fact]
    public void No_women_is_zero_and_parity_is_one()
    {
        Assert.Equal(0.0, RepresentationRatio.ForWomen(new SexTally(0, 12), 0.5).Ratio);
        Assert.Equal(1.0, RepresentationRatio.ForWomen(new SexTally(30, 30, 7), new SexTally(500, 500)).Ratio);
    }

    [Fact]
    public void Undefined_shares_give_no_ratio()
    {
        Assert.Null(RepresentationRatio.ForWomen(new SexTally(0, 0, 5), 0.5).Ratio);
        Assert.Null(RepresentationRatio.ForWomen(new SexTally(3, 4), SexTally.Empty).Ratio);
        Assert.Null(RepresentationRatio.ForWomen(new SexTally(3, 4), new SexTally(0, 100)).Ratio);
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationRatio.ForWomen(new SexTally(3, 4), 0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationRatio.ForWomen(new SexTally(3, 4), double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => RepresentationRatio.ForWomen(new SexTally(3, 4), 1.2));
    }

    [Fact]
    public void The_definition_is_cited_as_secondary() =>
        Assert.Equal(Verification.Secondary, RepresentationRatio.Definition.Verification);
}
