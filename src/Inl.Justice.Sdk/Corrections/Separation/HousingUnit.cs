using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>A unit (wing, section, block) of a facility: its cells and dormitories, and whom it is designated for.</summary>
public sealed record HousingUnit
{
    /// <summary>Gets the unit's id, unique across the housing plan.</summary>
    /// <exception cref="ArgumentException">The id is blank, padded or longer than 128 characters.</exception>
    public required string Id { get; init => field = HousingPlan.CheckId(value, nameof(Id)); }

    /// <summary>Gets the unit's name for people.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public required string Name { get; init => field = Preconditions.CheckNotBlank(value, nameof(Name)); }

    /// <summary>Gets whom the unit is for, or <see langword="null"/> when it is not designated.</summary>
    public UnitDesignation? Designation { get; init; }

    /// <summary>Gets the unit's cells and dormitories.</summary>
    public ImmutableArray<Place> Places { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the total capacity of the unit's places.</summary>
    public int Capacity => Places.Sum(p => p.Capacity);

    /// <summary>Value equality, including the places.</summary>
    public bool Equals(HousingUnit? other) =>
        other is not null && Id == other.Id && Name == other.Name && Designation == other.Designation && Places.SequenceEqual(other.Places);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Places.Length);
}
