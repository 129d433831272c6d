using System.Collections.Immutable;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Classification;

/// <summary>
/// A floor ("at least Low if …", BOP public safety factors) or a ceiling ("at most …") of an instrument, as declared
/// in its pack. The condition is part of the pack; this describes the rule for explanations.
/// </summary>
/// <param name="Id">The rule's id within the pack.</param>
/// <param name="Title">The rule's name for people.</param>
/// <param name="Level">The level the rule imposes as a minimum (floor) or maximum (ceiling).</param>
/// <param name="Populations">The populations the rule applies to; empty means all.</param>
/// <param name="Citation">The provision the rule encodes.</param>
public sealed record LevelRule(string Id, string Title, SecurityLevel Level, ImmutableArray<Sex> Populations, Citation Citation)
{
    /// <summary>Whether the rule applies to <paramref name="sex"/>.</summary>
    public bool AppliesTo(Sex sex) => Populations.IsDefaultOrEmpty || Populations.Contains(sex);
}
