using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// One rule broken at one location: the rule with its citation, where, and who. <see cref="GroupA"/> and
/// <see cref="GroupB"/> list the prisoners of the rule's two groups held there who are not kept apart (members of the
/// same family are left out when the rule excepts families). <see cref="AgainstDesignation"/> lists those whose
/// presence contradicts the unit's designation; they may be the only ones when nobody of the other group is present.
/// </summary>
public sealed record SeparationViolation
{
    /// <summary>Gets the id of the rule broken (a rule of the policy, or its designation rule).</summary>
    public required string Rule { get; init; }

    /// <summary>Gets the rule's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets whether the rule must be kept or states an aim.</summary>
    public required SeparationSeverity Severity { get; init; }

    /// <summary>Gets the provision the rule encodes.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Gets the facility, unit or place where the rule is broken; its level is the rule's scope.</summary>
    public required HousingLocation Location { get; init; }

    /// <summary>Gets the level of <see cref="Location"/>: the rule's scope.</summary>
    public SeparationScope Scope => Location.Scope;

    /// <summary>Gets a description of the rule's first group, e.g. <c>Male</c>.</summary>
    public required string SideA { get; init; }

    /// <summary>Gets a description of the rule's second group, e.g. <c>Female</c>, or of the unit's designation for the designation rule.</summary>
    public required string SideB { get; init; }

    /// <summary>Gets the prisoners of the first group involved, ordered by id.</summary>
    public required ImmutableArray<PersonId> GroupA { get; init; }

    /// <summary>Gets the prisoners of the second group involved, ordered by id.</summary>
    public required ImmutableArray<PersonId> GroupB { get; init; }

    /// <summary>Gets the prisoners (of either group) held in a unit whose designation does not admit them, ordered by id.</summary>
    public ImmutableArray<PersonId> AgainstDesignation { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets every prisoner involved, ordered by id.</summary>
    public ImmutableArray<PersonId> Residents => [.. GroupA.Concat(GroupB).Order()];

    /// <summary>Value equality, including the contents of the groups.</summary>
    public bool Equals(SeparationViolation? other) =>
        other is not null && Rule == other.Rule && Title == other.Title && Severity == other.Severity && Citation == other.Citation
        && Location == other.Location && SideA == other.SideA && SideB == other.SideB && GroupA.SequenceEqual(other.GroupA)
        && GroupB.SequenceEqual(other.GroupB) && AgainstDesignation.SequenceEqual(other.AgainstDesignation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rule, Location, GroupA.Length, GroupB.Length);

    /// <summary>Describes the violation on one line, e.g. <c>MANDATORY mandela-11a at C/W-A: Male M-07 | Female F-01 (against the designation: M-07) — Nelson Mandela Rules, rule 11(a)</c>.</summary>
    public override string ToString()
    {
        static string Ids(ImmutableArray<PersonId> ids) => ids.IsEmpty ? "none present" : string.Join(", ", ids);
        var against = AgainstDesignation.IsEmpty ? string.Empty : $" (against the unit's designation: {Ids(AgainstDesignation)})";
        return $"{Severity.ToString().ToUpperInvariant()} {Rule} ({Title}) at {Location}: {SideA}: {Ids(GroupA)} | {SideB}: {Ids(GroupB)}{against} — {Citation}";
    }
}
