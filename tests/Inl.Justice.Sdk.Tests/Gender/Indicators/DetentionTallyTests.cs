using Inl.Justice.Common;
using Inl.Justice.Gender.Indicators;
using Xunit;

namespace Inl.Justice.Tests.Gender.Indicators;

/// <summary>
/// SDG 16.3.2 (UNODC metadata, 2016-07-19): unsentenced persons held in detention ÷ all persons held in detention,
/// on a specified date; persons with a non-final decision (e.g. a conviction under appeal) count as sentenced.
/// </summary>
public sealed class DetentionTallyTests
{
    /// <summary>
    /// Worked example (illustrative figures, hand-computed). Detained on 31 December:
    /// women 400, of whom 150 unsentenced → 150 ÷ 400 = 0.375;
    /// men 9,600, of whom 3,000 unsentenced → 3,000 ÷ 9,600 = 0.3125;
    /// sex not recorded 20, of whom 10 unsentenced → 0.5;
    /// overall (150 + 3,000 + 10) ÷ (400 + 9,600 + 20) = 3,160 ÷ 10,020 = 0.315369…
    /// </summary>
    [Fact]
    public void Worked_example_by_sex_from_published_totals()
    {
        var d = DetentionTally.FromTotals(unsentenced: new SexTally(150, 3_000, 10), total: new SexTally(400, 9_600, 20));

        Assert.Equal(0.375, d.UnsentencedProportionOf(Sex.Female));
        Assert.Equal(0.3125, d.UnsentencedProportionOf(Sex.Male));
        Assert.Equal(0.5, d.UnsentencedProportionOf(Sex.Unknown));
        Assert.Equal(3_160.0 / 10_020.0, d.UnsentencedProportion);
        Assert.Equal(0.3154, Math.Round(d.UnsentencedProportion!.Value, 4));
        Assert.Equal(new SexTally(250, 6_600, 10), d.Sentenced);
        Assert.Equal("unsentenced 3160 of 10020 (31.5 %); women 37.5 %, men 31.3 %", d.ToString());
    }

    /// <summary>
    /// Worked example from individual records. Four women held: one on remand (unsentenced), one convicted at first
    /// instance with an appeal pending (non-final: sentenced for 16.3.2), two serving final sentences.
    /// Women: 1 ÷ 4 = 0.25. Had the appellant been counted as unsentenced, it would have been 0.5.
    /// </summary>
    [Fact]
    public void Worked_example_a_conviction_under_appeal_counts_as_sentenced()
    {
        var d = DetentionTally.Empty
            .Add(Sex.Female, DetentionStatus.Unsentenced)
            .Add(Sex.Female, DetentionStatus.NonFinalDecision)
            .Add(Sex.Female, DetentionStatus.Sentenced)
            .Add(Sex.Female, DetentionStatus.Sentenced)
            .Add(Sex.Male, DetentionStatus.Unsentenced);

        Assert.Equal(0.25, d.UnsentencedProportionOf(Sex.Female));
        Assert.Equal(1.0, d.UnsentencedProportionOf(Sex.Male));
        Assert.Null(d.UnsentencedProportionOf(Sex.Unknown));
        Assert.Equal(2.0 / 5.0, d.UnsentencedProportion);
        Assert.False(DetentionTally.IsUnsentenced(DetentionStatus.NonFinalDecision));
        Assert.True(DetentionTally.IsUnsentenced(DetentionStatus.Unsentenced));
    }

    [Fact]
    public void Nobody_detained_has_no_proportion()
    {
        Assert.Null(DetentionTally.Empty.UnsentencedProportion);
        Assert.Null(DetentionTally.Empty.UnsentencedProportionOf(Sex.Female));
    }

    [Fact]
    public void More_unsentenced_than_detained_is_rejected() =>
        Assert.Throws<ArgumentException>(() => DetentionTally.FromTotals(new SexTally(5, 0), new SexTally(4, 10)));

    [Fact]
    public void The_definition_is_cited_as_secondary() =>
        Assert.Equal(Verification.Secondary, DetentionTally.Definition.Verification);
}
