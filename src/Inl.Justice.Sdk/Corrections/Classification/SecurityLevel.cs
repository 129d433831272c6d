using System;

namespace Inl.Justice.Corrections.Classification;

/// <summary>
/// A security level of one instrument, e.g. BOP <c>Minimum</c> &lt; <c>Low</c> &lt; <c>Medium</c> &lt; <c>High</c>.
/// Levels are declared by the pack (lowest first), so a jurisdiction with five levels needs no code change; compare
/// levels only within one instrument.
/// </summary>
/// <param name="Rank">0 for the lowest level, increasing with security.</param>
/// <param name="Name">The level's name as the pack declares it.</param>
public readonly record struct SecurityLevel(int Rank, string Name) : IComparable<SecurityLevel>
{
    /// <summary>Compares by rank.</summary>
    public int CompareTo(SecurityLevel other) => Rank.CompareTo(other.Rank);

    /// <summary>Whether <paramref name="left"/> is a lower level.</summary>
    public static bool operator <(SecurityLevel left, SecurityLevel right) => left.Rank < right.Rank;

    /// <summary>Whether <paramref name="left"/> is a higher level.</summary>
    public static bool operator >(SecurityLevel left, SecurityLevel right) => left.Rank > right.Rank;

    /// <summary>Whether <paramref name="left"/> is a lower or equal level.</summary>
    public static bool operator <=(SecurityLevel left, SecurityLevel right) => left.Rank <= right.Rank;

    /// <summary>Whether <paramref name="left"/> is a higher or equal level.</summary>
    public static bool operator >=(SecurityLevel left, SecurityLevel right) => left.Rank >= right.Rank;

    /// <inheritdoc/>
    public override string ToString() => Name ?? string.Empty;
}
