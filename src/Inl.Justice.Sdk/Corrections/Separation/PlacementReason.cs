using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// One rule a placement would break: the rule, the location at the rule's scope, the prisoners already there the
/// newcomer must be kept apart from, and whether the unit's designation excludes the newcomer. The same rule and
/// location appear in <see cref="SeparationPolicy.Check"/> once the placement is made.
/// </summary>
public sealed record PlacementReason
{
    /// <summary>Gets the id of the rule (a rule of the policy, or its designation rule).</summary>
    public required string Rule { get; init; }

    /// <summary>Gets the rule's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets whether the rule must be kept (and the placement is refused) or states an aim.</summary>
    public required SeparationSeverity Severity { get; init; }

    /// <summary>Gets the provision the rule encodes.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Gets the facility, unit or place where the rule would be broken; its level is the rule's scope.</summary>
    public required HousingLocation Location { get; init; }

    /// <summary>Gets the prisoners already held there whom the rule keeps apart from the newcomer, ordered by id.</summary>
    public required ImmutableArray<PersonId> Conflicting { get; init; }

    /// <summary>Gets a value indicating whether the unit's designation does not admit the newcomer.</summary>
    public bool AgainstDesignation { get; init; }

    /// <summary>Value equality, including the conflicting prisoners.</summary>
    public bool Equals(PlacementReason? other) =>
        other is not null && Rule == other.Rule && Title == other.Title && Severity == other.Severity && Citation == other.Citation
        && Location == other.Location && Conflicting.SequenceEqual(other.Conflicting) && AgainstDesignation == other.AgainstDesignation;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rule, Location, Conflicting.Length, AgainstDesignation);

    /// <summary>Describes the reason on one line.</summary>
    public override string ToString()
    {
        var parts = new System.Collections.Generic.List<string>(2);
        if (AgainstDesignation)
        {
            parts.Add("the unit's designation does not admit them");
        }
        if (!Conflicting.IsEmpty)
        {
            parts.Add("would be held with " + string.Join(", ", Conflicting));
        }
        return $"{Severity.ToString().ToUpperInvariant()} {Rule} ({Title}) at {Location}: {string.Join("; ", parts)} — {Citation}";
    }
}
