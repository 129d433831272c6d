using System.Collections.Immutable;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Classification;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.Corrections.Classification;

/// <summary>Overrides are data, checked against the instrument's reasons and approval rule; the computed result stays beside them.</summary>
public sealed class OverrideTests
{
    private static readonly LocalDate On = new(2026, 11, 1);

    private static PrisonerProfile Profile(Sex sex = Sex.Male) => new()
    {
        Id = new PersonId("OV-1"),
        Sex = sex,
        DateOfBirth = new LocalDate(1980, 1, 1),
        LegalStatus = LegalStatus.Convicted,
        OffenseSeverity = OffenseSeverity.Moderate,
        Education = EducationLevel.Verified,
        MonthsToRelease = 12,
    };

    private static IEnumerable<string> Paths(Validated<ClassificationResult> r) => r.Problems.Select(p => p.Path);

    [Fact]
    public void One_step_needs_no_approver_under_the_example_pack_but_two_steps_do()
    {
        // Example Prison Regulations reg. 16 (modelled on Oregon OAR 291-104): one level by the institution, more by a committee.
        var computed = TestData.Example.Classify(Profile(), On);
        Assert.Equal("Minimum", computed.Level.Name);

        var oneStep = TestData.Example.Override(computed, new ClassificationOverride("Medium", "SecurityConcern", "Threats to staff on 2026-10-02", "officer-7", On));
        Assert.True(oneStep.IsValid);
        Assert.Equal("Medium", oneStep.Value.Level.Name);
        Assert.Equal("Minimum", oneStep.Value.ComputedLevel.Name);
        Assert.Equal(1, oneStep.Value.OverrideSteps);

        var twoSteps = TestData.Example.Override(computed, new ClassificationOverride("Maximum", "SecurityConcern", "Threats", "officer-7", On));
        Assert.Equal(["$.approvedBy"], Paths(twoSteps));

        var approved = TestData.Example.Override(computed, new ClassificationOverride("Maximum", "SecurityConcern", "Threats", "officer-7", On, "committee-chair"));
        Assert.Equal(2, approved.Value.OverrideSteps);
    }

    [Fact]
    public void Every_bop_override_needs_an_approver_other_than_the_decider()
    {
        // PS 5100.08 ch. 5: a management variable needs the DSCC Administrator's approval (maxStepsWithoutApproval 0).
        var computed = TestData.Bop.Classify(Profile(), On);
        var unapproved = TestData.Bop.Override(computed, new ClassificationOverride("Low", "GreaterSecurity", "Intelligence report", "dscc-1", On));
        Assert.Equal(["$.approvedBy"], Paths(unapproved));
        var self = TestData.Bop.Override(computed, new ClassificationOverride("Low", "GreaterSecurity", "Intelligence report", "dscc-1", On, "dscc-1"));
        Assert.Contains(self.Problems, p => p.Message.Contains("someone other than the decider", StringComparison.Ordinal));
    }

    [Fact]
    public void Reason_direction_level_and_words_are_checked_together()
    {
        var computed = TestData.Bop.Classify(Profile(), On);
        var bad = TestData.Bop.Override(computed, new ClassificationOverride("Minimum", "Bribery", " ", "", On.PlusDays(-1), null));
        Assert.Equal(["$.level", "$.reasonCode", "$.reason", "$.decidedBy", "$.decidedOn"], Paths(bad));

        var wrongWay = TestData.Bop.Override(computed, new ClassificationOverride("High", "LesserSecurity", "Facts", "a", On, "b"));
        Assert.Equal(["$.reasonCode"], Paths(wrongWay));
    }

    [Fact]
    public void An_overridden_result_cannot_be_overridden_again()
    {
        var computed = TestData.Bop.Classify(Profile(), On);
        var once = TestData.Bop.Override(computed, new ClassificationOverride("Low", "GreaterSecurity", "Facts", "a", On, "b")).Value;
        var twice = TestData.Bop.Override(once, new ClassificationOverride("Medium", "GreaterSecurity", "Facts", "a", On, "b"));
        Assert.Contains("$", Paths(twice));
    }

    [Fact]
    public void Overrides_round_trip_in_result_json()
    {
        var computed = TestData.Bop.Classify(Profile(), On);
        var overridden = TestData.Bop.Override(computed, new ClassificationOverride("Low", "JudicialRecommendation", "Court recommended FCI", "a", On, "b")).Value;
        var back = ClassificationResults.TryLoad(ClassificationResults.ToJson([overridden]), TestData.Bop).Value;
        Assert.Equal(overridden, Assert.Single(back));
    }
}
