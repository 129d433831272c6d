using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// The answer to "may this prisoner be placed in this unit or place?": allowed or not, with every reason. A placement
/// is refused when a <see cref="SeparationSeverity.Mandatory"/> rule would be broken or the place is full; advisory
/// reasons are listed but do not refuse it.
/// </summary>
public sealed record PlacementDecision
{
    /// <summary>Gets the prisoner.</summary>
    public required PersonId Resident { get; init; }

    /// <summary>Gets the unit or place asked about.</summary>
    public required HousingLocation Target { get; init; }

    /// <summary>Gets every rule the placement would break, ordered by rule (pack order) then location.</summary>
    public required ImmutableArray<PlacementReason> Reasons { get; init; }

    /// <summary>Gets the place's capacity, or <see langword="null"/> when the target is a unit.</summary>
    public int? Capacity { get; init; }

    /// <summary>Gets how many other prisoners the place holds already, or <see langword="null"/> when the target is a unit.</summary>
    public int? Occupancy { get; init; }

    /// <summary>Gets a value indicating whether the place has room for one more (always true for a unit).</summary>
    public bool HasRoom => Capacity is null || Occupancy < Capacity;

    /// <summary>Gets a value indicating whether the placement breaks no mandatory rule and the place has room.</summary>
    public bool IsAllowed => HasRoom && Reasons.All(r => r.Severity != SeparationSeverity.Mandatory);

    /// <summary>Gets a value indicating whether the placement breaks no rule at all (mandatory or advisory) and the place has room.</summary>
    public bool IsClean => HasRoom && Reasons.IsEmpty;

    /// <summary>Value equality, including the reasons.</summary>
    public bool Equals(PlacementDecision? other) =>
        other is not null && Resident == other.Resident && Target == other.Target && Capacity == other.Capacity
        && Occupancy == other.Occupancy && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Resident, Target, Reasons.Length);

    /// <summary>Describes the decision for people: a first line with the answer, then one line per reason.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Resident).Append(" in ").Append(Target).Append(": ").Append(IsAllowed ? (Reasons.IsEmpty ? "allowed" : "allowed, with advisories") : "refused");
        if (!HasRoom)
        {
            text.Append(" (full: ").Append(Occupancy).Append(" held, capacity ").Append(Capacity).Append(')');
        }
        foreach (var reason in Reasons)
        {
            text.Append('\n').Append("  ").Append(reason);
        }
        return text.ToString();
    }
}
