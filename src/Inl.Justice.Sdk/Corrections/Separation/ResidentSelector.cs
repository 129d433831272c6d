using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// One of the two groups a separation rule keeps apart: the prisoners who have every property the selector sets (a
/// conjunction; an absent property admits everyone). A prisoner without a recorded security level never matches a
/// selector that lists security levels.
/// </summary>
public sealed record ResidentSelector
{
    /// <summary>Gets the sex, or <see langword="null"/> for any.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Gets the legal statuses, any of which matches; empty for any.</summary>
    public ImmutableArray<LegalStatus> LegalStatuses { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the age group on the date of the check, or <see langword="null"/> for any.</summary>
    public AgeGroup? AgeGroup { get; init; }

    /// <summary>Gets the security-level names (as <see cref="Resident.SecurityLevel"/> records them), any of which matches; empty for any.</summary>
    public ImmutableArray<string> SecurityLevels { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Value equality, including the contents of the arrays.</summary>
    public bool Equals(ResidentSelector? other) =>
        other is not null && Sex == other.Sex && AgeGroup == other.AgeGroup
        && LegalStatuses.SequenceEqual(other.LegalStatuses) && SecurityLevels.SequenceEqual(other.SecurityLevels, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Sex, AgeGroup, LegalStatuses.Length, SecurityLevels.Length);

    /// <summary>Describes the group for people, e.g. <c>Untried, Child</c> or <c>security level Minimum</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>(4);
        if (Sex is { } sex)
        {
            parts.Add(sex.ToString());
        }
        if (!LegalStatuses.IsEmpty)
        {
            parts.Add(string.Join(" or ", LegalStatuses));
        }
        if (AgeGroup is { } age)
        {
            parts.Add(age.ToString());
        }
        if (!SecurityLevels.IsEmpty)
        {
            parts.Add("security level " + string.Join(" or ", SecurityLevels));
        }
        return parts.Count == 0 ? "anyone" : string.Join(", ", parts);
    }
}
