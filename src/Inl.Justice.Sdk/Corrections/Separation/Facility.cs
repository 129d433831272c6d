using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>A facility (prison, institution, detention centre) and its housing units.</summary>
public sealed record Facility
{
    /// <summary>Gets the facility's id, unique across the housing plan.</summary>
    /// <exception cref="ArgumentException">The id is blank, padded or longer than 128 characters.</exception>
    public required string Id { get; init => field = HousingPlan.CheckId(value, nameof(Id)); }

    /// <summary>Gets the facility's name for people.</summary>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public required string Name { get; init => field = Preconditions.CheckNotBlank(value, nameof(Name)); }

    /// <summary>Gets the facility's units.</summary>
    public ImmutableArray<HousingUnit> Units { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Value equality, including the units.</summary>
    public bool Equals(Facility? other) => other is not null && Id == other.Id && Name == other.Name && Units.SequenceEqual(other.Units);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Units.Length);
}
