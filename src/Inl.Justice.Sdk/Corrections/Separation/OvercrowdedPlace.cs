using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// A cell or dormitory holding more prisoners than its capacity. Reported beside the violations, not as one: no rule
/// of a separation policy cites capacity.
/// </summary>
public sealed record OvercrowdedPlace
{
    /// <summary>Gets the place.</summary>
    public required HousingLocation Location { get; init; }

    /// <summary>Gets whether the place is a cell or a dormitory.</summary>
    public required PlaceKind Kind { get; init; }

    /// <summary>Gets the place's capacity.</summary>
    public required int Capacity { get; init; }

    /// <summary>Gets the prisoners held there, ordered by id.</summary>
    public required ImmutableArray<PersonId> Occupants { get; init; }

    /// <summary>Gets how many prisoners more than the capacity are held there.</summary>
    public int Excess => Occupants.Length - Capacity;

    /// <summary>Value equality, including the occupants.</summary>
    public bool Equals(OvercrowdedPlace? other) =>
        other is not null && Location == other.Location && Kind == other.Kind && Capacity == other.Capacity && Occupants.SequenceEqual(other.Occupants);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Location, Capacity, Occupants.Length);

    /// <summary>Describes the place on one line, e.g. <c>OVERCROWDED C/A/A-01 (Cell): 3 held, capacity 2: P1, P2, P3</c>.</summary>
    public override string ToString() => $"OVERCROWDED {Location} ({Kind}): {Occupants.Length} held, capacity {Capacity}: {string.Join(", ", Occupants)}";
}
