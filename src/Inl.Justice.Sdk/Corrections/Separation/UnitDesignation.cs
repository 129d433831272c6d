using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// Who a housing unit is for: a sex, legal statuses and an age group, each optional (an absent part admits everyone).
/// A prisoner the designation does not admit is a separation violation even when nobody of the designated category is
/// present: a unit designated <see cref="Sex.Female"/> is the women's premises that Nelson Mandela Rules, rule 11(a),
/// requires to be entirely separate.
/// </summary>
public sealed record UnitDesignation
{
    /// <summary>Gets the sex the unit is for, or <see langword="null"/> for any.</summary>
    public Sex? Sex { get; init => field = value is { } s ? Preconditions.CheckDefined(s, nameof(Sex)) : null; }

    /// <summary>Gets the legal statuses the unit is for (distinct); empty for any.</summary>
    /// <exception cref="ArgumentException">A status is repeated or not defined.</exception>
    public ImmutableArray<LegalStatus> LegalStatuses
    {
        get;
        init
        {
            value = value.IsDefault ? [] : value;
            foreach (var status in value)
            {
                Preconditions.CheckDefined(status, nameof(LegalStatuses));
            }
            Preconditions.CheckArgument(value.Distinct().Count() == value.Length, nameof(LegalStatuses), "Legal statuses must not repeat");
            field = value;
        }
    } = [];

    /// <summary>Gets the age group the unit is for, or <see langword="null"/> for any.</summary>
    public AgeGroup? AgeGroup { get; init => field = value is { } a ? Preconditions.CheckDefined(a, nameof(AgeGroup)) : null; }

    /// <summary>Gets a value indicating whether the designation restricts nothing.</summary>
    public bool IsEmpty => Sex is null && LegalStatuses.IsEmpty && AgeGroup is null;

    /// <summary>Whether the designation admits a prisoner of this sex, legal status and age group.</summary>
    public bool Admits(Sex sex, LegalStatus legalStatus, AgeGroup ageGroup) =>
        (Sex is null || Sex == sex) && (LegalStatuses.IsEmpty || LegalStatuses.Contains(legalStatus)) && (AgeGroup is null || AgeGroup == ageGroup);

    /// <summary>Value equality, including the contents of <see cref="LegalStatuses"/>.</summary>
    public bool Equals(UnitDesignation? other) =>
        other is not null && Sex == other.Sex && AgeGroup == other.AgeGroup && LegalStatuses.SequenceEqual(other.LegalStatuses);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Sex, AgeGroup, LegalStatuses.Length);

    /// <summary>Describes the designation for people, e.g. <c>Female, Untried, Adult</c>; <c>anyone</c> when empty.</summary>
    public override string ToString()
    {
        var parts = new System.Collections.Generic.List<string>(3);
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
        return parts.Count == 0 ? "anyone" : string.Join(", ", parts);
    }
}
