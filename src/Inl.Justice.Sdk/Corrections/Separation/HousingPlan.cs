using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// The housing of an administration: facilities, their units (optionally designated for a sex, legal statuses or an
/// age group) and the units' cells and dormitories with their capacity. Ids are unique across the whole plan, so an id
/// names exactly one facility, unit or place. Immutable and thread-safe.
/// <c>{"facilities":[{"id","name","units":[{"id","name","designation":{"sex","legalStatus":[…],"ageGroup"},"places":[{"id","kind","capacity"}]}]}]}</c>.
/// </summary>
public sealed class HousingPlan
{
    private readonly FrozenDictionary<string, (SeparationScope Level, int Index)> ids;

    /// <summary>Creates a plan.</summary>
    /// <param name="facilities">The facilities with their units and places.</param>
    /// <exception cref="ArgumentException">The array is default, holds <see langword="null"/>, or two facilities, units or places share an id.</exception>
    public HousingPlan(ImmutableArray<Facility> facilities)
    {
        Preconditions.CheckArgument(!facilities.IsDefault, nameof(facilities), "Facilities must not be default");
        var index = new Dictionary<string, (SeparationScope, int)>(StringComparer.Ordinal);
        var facilityFirstUnit = new List<int>();
        var unitFacility = new List<int>();
        var unitFirstPlace = new List<int>();
        var units = new List<HousingUnit>();
        var places = new List<Place>();
        var placeUnit = new List<int>();
        void Add(string id, SeparationScope level, int i) =>
            Preconditions.CheckArgument(index.TryAdd(id, (level, i)), nameof(facilities), $"Duplicate id '{id}' in the housing plan (ids are unique across facilities, units and places)");
        for (var f = 0; f < facilities.Length; f++)
        {
            var facility = Preconditions.CheckNotNull(facilities[f], nameof(facilities));
            Add(facility.Id, SeparationScope.Facility, f);
            facilityFirstUnit.Add(units.Count);
            foreach (var unit in facility.Units)
            {
                Preconditions.CheckNotNull(unit, nameof(facilities));
                Add(unit.Id, SeparationScope.Unit, units.Count);
                unitFacility.Add(f);
                unitFirstPlace.Add(places.Count);
                foreach (var place in unit.Places)
                {
                    Preconditions.CheckNotNull(place, nameof(facilities));
                    Add(place.Id, SeparationScope.Place, places.Count);
                    placeUnit.Add(units.Count);
                    places.Add(place);
                }
                units.Add(unit);
            }
        }
        facilityFirstUnit.Add(units.Count);
        unitFirstPlace.Add(places.Count);
        Facilities = facilities;
        ids = index.ToFrozenDictionary(StringComparer.Ordinal);
        FacilityFirstUnit = [.. facilityFirstUnit];
        UnitArray = [.. units];
        UnitFacility = [.. unitFacility];
        UnitFirstPlace = [.. unitFirstPlace];
        PlaceArray = [.. places];
        PlaceUnit = [.. placeUnit];
    }

    /// <summary>Gets the facilities, in document order.</summary>
    public ImmutableArray<Facility> Facilities { get; }

    /// <summary>Gets the total capacity of every place in the plan.</summary>
    public long Capacity => PlaceArray.Sum(p => (long)p.Capacity);

    // Indexes for evaluation: units and places are numbered in document order, so the places of unit u are
    // UnitFirstPlace[u]..UnitFirstPlace[u+1]-1 and the units of facility f are FacilityFirstUnit[f]..FacilityFirstUnit[f+1]-1.
    internal int[] FacilityFirstUnit { get; }

    internal HousingUnit[] UnitArray { get; }

    internal int[] UnitFacility { get; }

    internal int[] UnitFirstPlace { get; }

    internal Place[] PlaceArray { get; }

    internal int[] PlaceUnit { get; }

    /// <summary>Gets the JSON Schema of housing-plan documents (published as <c>docs/schemas/housing-plan.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        HousingPlanJsonContext.Default.HousingPlanJson,
        "https://inl-justice-sdk/schemas/housing-plan.schema.json",
        "Inl.Justice.Sdk housing plan",
        "Facilities, their units (optionally designated for a sex, legal statuses or an age group) and the cells and dormitories of each unit with their capacity. Ids are unique across the plan and capacities are at least 1; the loader checks what the schema cannot express (unique ids, non-empty designations).");

    /// <summary>Reads a plan, reporting every problem with its JSON path.</summary>
    /// <param name="utf8Json">The plan as UTF-8 JSON (a byte-order mark is allowed; comments are skipped).</param>
    /// <param name="source">A label for problems, such as the file name.</param>
    public static Validated<HousingPlan> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null)
    {
        var problems = new ProblemSink(source);
        var json = JsonDocumentReader.Read(utf8Json, HousingPlanJsonContext.Default.HousingPlanJson, problems);
        if (json is null)
        {
            return Validated<HousingPlan>.Failure(problems.ToImmutable());
        }
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        void CheckIdAndName(string id, string? name, string path)
        {
            if (PersonId.Check(id) is { } idProblem)
            {
                problems.Add(path + ".id", idProblem);
            }
            else if (!seen.TryAdd(id, path + ".id"))
            {
                problems.Add(path + ".id", $"duplicate id '{id}' (also at {seen[id]}); ids are unique across facilities, units and places");
            }
            if (name is not null && string.IsNullOrWhiteSpace(name))
            {
                problems.Add(path + ".name", "a name is required");
            }
        }
        for (var f = 0; f < json.Facilities.Length; f++)
        {
            var facility = json.Facilities[f];
            var fPath = JsonShape.Index("$.facilities", f);
            CheckIdAndName(facility.Id, facility.Name, fPath);
            for (var u = 0; u < facility.Units.Length; u++)
            {
                var unit = facility.Units[u];
                var uPath = JsonShape.Index(fPath + ".units", u);
                CheckIdAndName(unit.Id, unit.Name, uPath);
                CheckDesignation(unit.Designation, uPath + ".designation", problems);
                for (var p = 0; p < unit.Places.Length; p++)
                {
                    var place = unit.Places[p];
                    var pPath = JsonShape.Index(uPath + ".places", p);
                    CheckIdAndName(place.Id, null, pPath);
                    if (place.Capacity < 1)
                    {
                        problems.Add(pPath + ".capacity", $"a place holds at least 1 prisoner (found {place.Capacity})");
                    }
                }
            }
        }
        if (problems.HasProblems)
        {
            return Validated<HousingPlan>.Failure(problems.ToImmutable());
        }
        return Validated<HousingPlan>.Success(new HousingPlan([.. json.Facilities.Select(f => new Facility
        {
            Id = f.Id,
            Name = f.Name,
            Units = [.. f.Units.Select(u => new HousingUnit
            {
                Id = u.Id,
                Name = u.Name,
                Designation = u.Designation is { } d ? new UnitDesignation { Sex = d.Sex, LegalStatuses = DtoArrays.OrEmpty(d.LegalStatus), AgeGroup = d.AgeGroup } : null,
                Places = [.. u.Places.Select(p => new Place { Id = p.Id, Kind = p.Kind, Capacity = p.Capacity })],
            })],
        })]));
    }

    /// <summary>Reads a plan from a file, reporting every problem with its JSON path.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Validated<HousingPlan> TryLoadFile(string path) => TryLoad(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Writes the plan as indented UTF-8 JSON in the form <see cref="TryLoad"/> reads.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        new HousingPlanJson([.. Facilities.Select(f => new FacilityJson(f.Id, f.Name, [.. f.Units.Select(u => new UnitJson(
            u.Id,
            u.Name,
            [.. u.Places.Select(p => new PlaceJson(p.Id, p.Kind, p.Capacity))],
            u.Designation is { } d ? new DesignationJson(d.Sex, d.LegalStatuses.IsEmpty ? null : [.. d.LegalStatuses], d.AgeGroup) : null))]))]),
        HousingPlanJsonContext.Default.HousingPlanJson);

    /// <summary>Finds a facility by id.</summary>
    public bool TryGetFacility(string id, [NotNullWhen(true)] out Facility? facility)
    {
        facility = Find(id, SeparationScope.Facility, out var i) ? Facilities[i] : null;
        return facility is not null;
    }

    /// <summary>Finds a unit by id.</summary>
    public bool TryGetUnit(string id, [NotNullWhen(true)] out HousingUnit? unit)
    {
        unit = Find(id, SeparationScope.Unit, out var i) ? UnitArray[i] : null;
        return unit is not null;
    }

    /// <summary>Finds a place (cell or dormitory) by id.</summary>
    public bool TryGetPlace(string id, [NotNullWhen(true)] out Place? place)
    {
        place = Find(id, SeparationScope.Place, out var i) ? PlaceArray[i] : null;
        return place is not null;
    }

    /// <summary>Finds where an id is: a facility, a unit with its facility, or a place with its unit and facility.</summary>
    /// <param name="id">A facility, unit or place id.</param>
    /// <param name="location">The location, when found.</param>
    public bool TryLocate(string id, out HousingLocation location)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        if (!ids.TryGetValue(id, out var entry))
        {
            location = default;
            return false;
        }
        location = entry.Level switch
        {
            SeparationScope.Facility => new HousingLocation(id),
            SeparationScope.Unit => new HousingLocation(Facilities[UnitFacility[entry.Index]].Id, id),
            _ => PlaceLocation(entry.Index),
        };
        return true;
    }

    /// <summary>Gets the unit a place belongs to.</summary>
    /// <exception cref="ArgumentException"><paramref name="placeId"/> is not a place of this plan.</exception>
    public HousingUnit UnitOf(string placeId)
    {
        Preconditions.CheckArgument(Find(placeId, SeparationScope.Place, out var p), nameof(placeId), $"'{placeId}' is not a place of the housing plan");
        return UnitArray[PlaceUnit[p]];
    }

    /// <summary>Gets the facility a unit or place belongs to.</summary>
    /// <exception cref="ArgumentException"><paramref name="unitOrPlaceId"/> is not a unit or place of this plan.</exception>
    public Facility FacilityOf(string unitOrPlaceId)
    {
        Preconditions.CheckNotNull(unitOrPlaceId, nameof(unitOrPlaceId));
        Preconditions.CheckArgument(
            ids.TryGetValue(unitOrPlaceId, out var entry) && entry.Level != SeparationScope.Facility,
            nameof(unitOrPlaceId),
            $"'{unitOrPlaceId}' is not a unit or place of the housing plan");
        var unit = entry.Level == SeparationScope.Unit ? entry.Index : PlaceUnit[entry.Index];
        return Facilities[UnitFacility[unit]];
    }

    internal bool TryGetIndex(string id, out SeparationScope level, out int index)
    {
        var found = ids.TryGetValue(id, out var entry);
        (level, index) = entry;
        return found;
    }

    internal HousingLocation PlaceLocation(int place)
    {
        var unit = PlaceUnit[place];
        return new HousingLocation(Facilities[UnitFacility[unit]].Id, UnitArray[unit].Id, PlaceArray[place].Id);
    }

    internal HousingLocation UnitLocation(int unit) => new(Facilities[UnitFacility[unit]].Id, UnitArray[unit].Id);

    internal static string CheckId(string? value, string paramName)
    {
        Preconditions.CheckNotNull(value, paramName);
        var problem = PersonId.Check(value);
        Preconditions.CheckArgument(problem is null, paramName, problem ?? string.Empty);
        return value;
    }

    private static void CheckDesignation(DesignationJson? designation, string path, ProblemSink problems)
    {
        if (designation is null)
        {
            return;
        }
        if (designation.Sex is null && designation.LegalStatus is null && designation.AgeGroup is null)
        {
            problems.Add(path, "an empty designation admits everyone; omit it");
        }
        if (designation.LegalStatus is { } statuses)
        {
            if (statuses.Length == 0)
            {
                problems.Add(path + ".legalStatus", "list at least one legal status, or omit legalStatus");
            }
            for (var i = 0; i < statuses.Length; i++)
            {
                if (Array.IndexOf(statuses, statuses[i]) < i)
                {
                    problems.Add(JsonShape.Index(path + ".legalStatus", i), $"duplicate legal status '{statuses[i]}'");
                }
            }
        }
    }

    private bool Find(string id, SeparationScope level, out int index)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        var found = ids.TryGetValue(id, out var entry) && entry.Level == level;
        index = found ? entry.Index : -1;
        return found;
    }
}
