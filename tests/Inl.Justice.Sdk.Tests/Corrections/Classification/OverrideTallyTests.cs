using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Common;
using Inl.Justice.Corrections.Classification;
using Xunit;

namespace Inl.Justice.Tests.Corrections.Classification;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
public sealed class OverrideTallyTests
{
    private static ClassificationResult Decide(BopCase c, int pick)
    {
        var computed = TestData.Bop.Classify(c.Profile, c.AssessedOn);
        var target = TestData.Bop.Levels[Math.Abs(pick) % TestData.Bop.Levels.Length];
        if (target == computed.ComputedLevel)
        {
            return computed;
        }
        var reason = target > computed.ComputedLevel ? "GreaterSecurity" : "LesserSecurity";
        return TestData.Bop.Override(computed, new ClassificationOverride(target.Name, reason, "facts", "a", c.AssessedOn, "b")).Value;
    }

    [Property]
    public Property Merged_partitions_equal_the_whole(BopCase[] cases, int[] picks, PositiveInt split)
    {
        var results = cases.Select((c, i) => Decide(c, picks.Length == 0 ? 0 : picks[i % picks.Length])).ToList();
        var cut = split.Get % (results.Count + 1);
        var whole = OverrideTally.Of(results);
        var merged = OverrideTally.Of(results.Take(cut)).Merge(OverrideTally.Of(results.Skip(cut)));
        var reversed = OverrideTally.Of(results.Skip(cut)).Merge(OverrideTally.Of(results.Take(cut)));
        return Enum.GetValues<Sex>().All(s => whole.For(s) == merged.For(s) && whole.For(s) == reversed.For(s)).ToProperty();
    }

    [Fact]
    public void Rates_by_sex_count_raised_and_lowered_overrides()
    {
        var on = new NodaTime.LocalDate(2026, 11, 1);
        var cohort = Inl.Justice.Corrections.PrisonerCohort.TryLoad(System.IO.File.ReadAllBytes(TestData.RepoFile("docs/examples/prisoners.json"))).Value;
        var results = cohort.Prisoners.Select(p => TestData.Bop.Classify(p, on)).ToList();
        // Lower every woman classified above Minimum by one level, as an over-classification review might.
        var decided = results.Select(r => r.Population == Sex.Female && r.Level.Rank > 0
            ? TestData.Bop.Override(r, new ClassificationOverride(TestData.Bop.Levels[r.Level.Rank - 1].Name, "LesserSecurity", "review", "a", on, "b")).Value
            : r).ToList();
        var tally = OverrideTally.Of(decided);
        Assert.Equal(new OverrideTally.Counts(8, 5, 0, 5), tally.For(Sex.Female));
        Assert.Equal(new OverrideTally.Counts(18, 0, 0, 0), tally.For(Sex.Male));
        Assert.Equal(5.0 / 8, tally.For(Sex.Female).OverrideRate);
        Assert.Null(tally.For(Sex.Unknown).OverrideRate);
    }
}
