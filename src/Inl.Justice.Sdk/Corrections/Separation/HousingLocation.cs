using System;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// A facility, a unit of a facility, or a place (cell or dormitory) of a unit, by ids. Locations order by facility,
/// then unit, then place id (ordinal), so results sorted by location do not depend on the order of the housing plan.
/// </summary>
public readonly record struct HousingLocation : IComparable<HousingLocation>
{
    private readonly string? facilityId;

    /// <summary>Creates a location.</summary>
    /// <param name="facilityId">The facility's id.</param>
    /// <param name="unitId">The unit's id, or <see langword="null"/> for the whole facility.</param>
    /// <param name="placeId">The place's id, or <see langword="null"/> for the whole unit; needs <paramref name="unitId"/>.</param>
    /// <exception cref="ArgumentException">An id is blank, or a place is given without its unit.</exception>
    public HousingLocation(string facilityId, string? unitId = null, string? placeId = null)
    {
        Preconditions.CheckNotBlank(facilityId, nameof(facilityId));
        Preconditions.CheckArgument(unitId is null || !string.IsNullOrWhiteSpace(unitId), nameof(unitId), "Value must not be blank");
        Preconditions.CheckArgument(placeId is null || !string.IsNullOrWhiteSpace(placeId), nameof(placeId), "Value must not be blank");
        Preconditions.CheckArgument(placeId is null || unitId is not null, nameof(placeId), "A place needs its unit");
        this.facilityId = facilityId;
        UnitId = unitId;
        PlaceId = placeId;
    }

    /// <summary>Gets the facility's id.</summary>
    public string FacilityId => facilityId ?? string.Empty;

    /// <summary>Gets the unit's id, or <see langword="null"/> for a facility.</summary>
    public string? UnitId { get; }

    /// <summary>Gets the place's id, or <see langword="null"/> for a facility or unit.</summary>
    public string? PlaceId { get; }

    /// <summary>Gets the level of the location: <see cref="SeparationScope.Place"/>, <see cref="SeparationScope.Unit"/> or <see cref="SeparationScope.Facility"/>.</summary>
    public SeparationScope Scope => PlaceId is not null ? SeparationScope.Place : UnitId is not null ? SeparationScope.Unit : SeparationScope.Facility;

    /// <summary>Gets the id of the innermost level: the place, else the unit, else the facility.</summary>
    public string Id => PlaceId ?? UnitId ?? FacilityId;

    /// <summary>Compares by facility, unit, then place id, ordinally; a facility sorts before its units, a unit before its places.</summary>
    public int CompareTo(HousingLocation other)
    {
        var c = string.CompareOrdinal(FacilityId, other.FacilityId);
        if (c == 0)
        {
            c = string.CompareOrdinal(UnitId, other.UnitId);
        }
        return c != 0 ? c : string.CompareOrdinal(PlaceId, other.PlaceId);
    }

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(HousingLocation left, HousingLocation right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(HousingLocation left, HousingLocation right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(HousingLocation left, HousingLocation right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(HousingLocation left, HousingLocation right) => left.CompareTo(right) >= 0;

    /// <summary>Formats the location as <c>facility/unit/place</c>, e.g. <c>CENTRAL/W-A/W-A-03</c>.</summary>
    public override string ToString() => FacilityId + (UnitId is null ? string.Empty : "/" + UnitId) + (PlaceId is null ? string.Empty : "/" + PlaceId);
}
