using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Classification;

/// <summary>
/// Override counts by sex: how many classifications, how many overridden, raised and lowered. Instruments validated on
/// men tend to over-classify women (UNODC Handbook on the Classification of Prisoners; NIC 2001), which shows as more
/// downward overrides for women: report these rates by sex. Tallies are immutable and mergeable, so partitions counted
/// anywhere combine to the same answer.
/// </summary>
public sealed class OverrideTally
{
    private readonly ImmutableDictionary<Sex, Counts> counts;

    private OverrideTally(ImmutableDictionary<Sex, Counts> counts) => this.counts = counts;

    /// <summary>Gets the empty tally.</summary>
    public static OverrideTally Empty { get; } = new(ImmutableDictionary<Sex, Counts>.Empty);

    /// <summary>Tallies results.</summary>
    public static OverrideTally Of(IEnumerable<ClassificationResult> results)
    {
        Preconditions.CheckNotNull(results, nameof(results));
        return results.Aggregate(Empty, (tally, r) => tally.Add(r));
    }

    /// <summary>Returns the tally with one more result.</summary>
    public OverrideTally Add(ClassificationResult result)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        var c = counts.GetValueOrDefault(result.Population);
        var steps = result.OverrideSteps;
        c = new Counts(c.Classified + 1, c.Overridden + (result.IsOverridden ? 1 : 0), c.Raised + (steps > 0 ? 1 : 0), c.Lowered + (steps < 0 ? 1 : 0));
        return new OverrideTally(counts.SetItem(result.Population, c));
    }

    /// <summary>Combines two tallies (associative and commutative).</summary>
    public OverrideTally Merge(OverrideTally other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        var merged = counts;
        foreach (var (sex, c) in other.counts)
        {
            var mine = merged.GetValueOrDefault(sex);
            merged = merged.SetItem(sex, new Counts(mine.Classified + c.Classified, mine.Overridden + c.Overridden, mine.Raised + c.Raised, mine.Lowered + c.Lowered));
        }
        return new OverrideTally(merged);
    }

    /// <summary>Gets the counts for one sex (zero when none were tallied).</summary>
    public Counts For(Sex sex) => counts.GetValueOrDefault(sex);

    /// <summary>Gets the sexes tallied, in enum order.</summary>
    public ImmutableArray<Sex> Populations => [.. counts.Keys.Order()];

    /// <inheritdoc/>
    public override string ToString() => string.Join("; ", Populations.Select(s => $"{s}: {For(s)}"));

    /// <summary>Counts for one population.</summary>
    /// <param name="Classified">Classifications tallied.</param>
    /// <param name="Overridden">Of which overridden.</param>
    /// <param name="Raised">Of which raised above the computed level.</param>
    /// <param name="Lowered">Of which lowered below the computed level.</param>
    public readonly record struct Counts(int Classified, int Overridden, int Raised, int Lowered)
    {
        /// <summary>Gets the share of classifications overridden, or <see langword="null"/> when none were tallied.</summary>
        public double? OverrideRate => Classified == 0 ? null : (double)Overridden / Classified;

        /// <summary>Gets the share lowered, or <see langword="null"/> when none were tallied.</summary>
        public double? LoweredRate => Classified == 0 ? null : (double)Lowered / Classified;

        /// <inheritdoc/>
        public override string ToString() =>
            FormattableString.Invariant($"{Overridden}/{Classified} overridden ({OverrideRate:P1}), {Raised} raised, {Lowered} lowered");
    }
}
