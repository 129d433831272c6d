using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Safeguards;

/// <summary>A prisoner held under a regime a safeguard forbids for her, or whose facts are not recorded so that nobody can tell.</summary>
/// <param name="Person">The prisoner.</param>
/// <param name="Regime">The regime she is held under.</param>
/// <param name="Rule">The safeguard's id.</param>
/// <param name="Facts">The recorded facts that make the regime forbidden (empty when <see cref="Confirmed"/> is false).</param>
/// <param name="Confirmed">True when a recorded fact makes it a violation; false when the facts that would decide it are not recorded.</param>
/// <param name="Citation">The provision.</param>
public sealed record RegimeFinding(PersonId Person, Regime Regime, string Rule, ImmutableArray<GenderFact> Facts, bool Confirmed, Citation Citation)
{
    /// <summary>Value equality, including the facts.</summary>
    public bool Equals(RegimeFinding? other) =>
        other is not null && Person == other.Person && Regime == other.Regime && Rule == other.Rule
        && Facts.SequenceEqual(other.Facts) && Confirmed == other.Confirmed && Citation == other.Citation;

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Person, Regime, Rule, Confirmed);
}
