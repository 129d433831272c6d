using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>A cell or dormitory of a housing unit: the place a prisoner is assigned to (<see cref="Resident.Place"/>).</summary>
public sealed record Place
{
    /// <summary>Gets the place's id, unique across the housing plan.</summary>
    /// <exception cref="System.ArgumentException">The id is blank, padded or longer than 128 characters.</exception>
    public required string Id { get; init => field = HousingPlan.CheckId(value, nameof(Id)); }

    /// <summary>Gets whether the place is a cell or a dormitory.</summary>
    public required PlaceKind Kind { get; init => field = Preconditions.CheckDefined(value, nameof(Kind)); }

    /// <summary>Gets how many prisoners the place is built for; at least 1.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The capacity is less than 1.</exception>
    public required int Capacity
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(Capacity), value, 1, int.MaxValue);
            field = value;
        }
    }
}
