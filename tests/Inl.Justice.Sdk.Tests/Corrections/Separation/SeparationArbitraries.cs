using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Separation;
using NodaTime;

namespace Inl.Justice.Tests.Corrections.Separation;

/// <summary>A housing plan, the prisoners held and the date of the check: generated, valid input for a separation check.</summary>
public sealed record SeparationCase(HousingPlan Plan, ImmutableArray<Resident> Residents, LocalDate On)
{
    public PopulationRegister Population => new(Residents);

    public ImmutableArray<string> PlaceIds => [.. Plan.Facilities.SelectMany(f => f.Units).SelectMany(u => u.Places).Select(p => p.Id)];

    public ImmutableArray<string> UnitIds => [.. Plan.Facilities.SelectMany(f => f.Units).Select(u => u.Id)];

    public SeparationCase WithPlace(int resident, string? place) => this with { Residents = Residents.SetItem(resident, Residents[resident] with { Place = place }) };

    public override string ToString() =>
        $"on {On:uuuu-MM-dd}\nplan: {Compact(Plan.ToJson())}\npopulation: {Compact(Population.ToJson())}";

    private static string Compact(byte[] json) => JsonNode.Parse(json)!.ToJsonString();
}

/// <summary>Generators (with shrinkers) of housing plans and populations.</summary>
public static class SeparationArbitraries
{
    private static readonly string?[] Levels = [null, "Minimum", "Medium", "High"];
    private static readonly string?[] Families = [null, null, null, null, "fam-a", "fam-b"];

    /// <summary>Cases whose prisoners may be unplaced or name a place the plan does not have.</summary>
    public static Arbitrary<SeparationCase> Cases() => Arb.From(CaseGen(unknownPlaces: true), Shrink);

    public static Gen<SeparationCase> CaseGen(bool unknownPlaces) =>
        from date in Arbitraries.DateBetween(new LocalDate(2016, 1, 1), new LocalDate(2035, 12, 31))
        from plan in PlanGen()
        from count in Gen.Choose(0, 24)
        from residents in Gen.ArrayOf(ResidentGen(date, PlaceIdsOf(plan), unknownPlaces), count)
        select new SeparationCase(plan, [.. residents.Select((r, i) => r with { Id = new PersonId("R" + i.ToString(CultureInfo.InvariantCulture)) })], date);

    public static Gen<HousingPlan> PlanGen() =>
        from facilityCount in Gen.Choose(1, 3)
        from facilities in Gen.ArrayOf(FacilityShape(), facilityCount)
        select new HousingPlan([.. facilities.Select((units, f) => new Facility
        {
            Id = "F" + Text(f),
            Name = "Facility " + Text(f),
            Units = [.. units.Select((unit, u) => new HousingUnit
            {
                Id = $"U{Text(f)}.{Text(u)}",
                Name = "Unit " + Text(u),
                Designation = unit.Designation,
                Places = [.. unit.Places.Select((place, p) => new Place { Id = $"P{Text(f)}.{Text(u)}.{Text(p)}", Kind = place.Kind, Capacity = place.Capacity })],
            })],
        })]);

    private static Gen<(UnitDesignation? Designation, (PlaceKind Kind, int Capacity)[] Places)[]> FacilityShape() =>
        from unitCount in Gen.Choose(1, 4)
        from units in Gen.ArrayOf(
            from designation in DesignationGen()
            from placeCount in Gen.Choose(1, 3)
            from places in Gen.ArrayOf(
                from kind in Gen.Elements(PlaceKind.Cell, PlaceKind.Dormitory)
                from capacity in kind == PlaceKind.Cell ? Gen.Choose(1, 3) : Gen.Choose(2, 8)
                select (kind, capacity), placeCount)
            select (designation, places), unitCount)
        select units;

    private static Gen<UnitDesignation?> DesignationGen() => Gen.Frequency(
        (6, Gen.Constant<UnitDesignation?>(null)),
        (3, Gen.Elements(Sex.Male, Sex.Female).Select(s => (UnitDesignation?)new UnitDesignation { Sex = s })),
        (2, Gen.Elements<LegalStatus[]>([LegalStatus.Untried], [LegalStatus.Convicted], [LegalStatus.Civil], [LegalStatus.Untried, LegalStatus.Convicted])
            .Select(l => (UnitDesignation?)new UnitDesignation { LegalStatuses = [.. l] })),
        (2, Gen.Elements(AgeGroup.Child, AgeGroup.Adult).Select(a => (UnitDesignation?)new UnitDesignation { AgeGroup = a })),
        (1, from s in Gen.Elements(Sex.Male, Sex.Female)
            from a in Gen.Elements(AgeGroup.Child, AgeGroup.Adult)
            select (UnitDesignation?)new UnitDesignation { Sex = s, AgeGroup = a }));

    /// <summary>A prisoner aged 10 to 70 on <paramref name="checkedOn"/>, often exactly 18 (born on the check date's day).</summary>
    private static Gen<Resident> ResidentGen(LocalDate checkedOn, string[] places, bool unknownPlaces) =>
        from sex in Gen.Frequency((10, Gen.Constant(Sex.Male)), (10, Gen.Constant(Sex.Female)), (1, Gen.Constant(Sex.Unknown)))
        from age in Gen.Frequency((3, Gen.Choose(10, 17)), (6, Gen.Choose(19, 70)), (2, Gen.Constant(18)))
        from daysPastBirthday in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, 364)))
        from legal in Gen.Elements(LegalStatus.Untried, LegalStatus.Convicted, LegalStatus.Civil)
        from level in Gen.Elements(Levels)
        from family in Gen.Elements(Families)
        from place in Gen.Frequency(
            (12, Gen.Elements(places).Select(p => (string?)p)),
            (2, Gen.Constant<string?>(null)),
            (unknownPlaces ? 1 : 0, Gen.Constant<string?>("nowhere")))
        select new Resident
        {
            Id = new PersonId("R"),
            Sex = sex,
            DateOfBirth = checkedOn.PlusYears(-age).PlusDays(-daysPastBirthday),
            LegalStatus = legal,
            SecurityLevel = level,
            FamilyGroup = family,
            Place = place,
        };

    /// <summary>Shrinks towards fewer prisoners, without families, security levels or unknown places, in fewer facilities.</summary>
    public static IEnumerable<SeparationCase> Shrink(SeparationCase c)
    {
        var facilities = c.Plan.Facilities;
        for (var f = 0; facilities.Length > 1 && f < facilities.Length; f++)
        {
            var places = facilities[f].Units.SelectMany(u => u.Places).Select(p => p.Id).ToHashSet();
            if (!c.Residents.Any(r => r.Place is not null && places.Contains(r.Place)))
            {
                yield return c with { Plan = new HousingPlan(facilities.RemoveAt(f)) };
            }
        }
        var n = c.Residents.Length;
        if (n > 1)
        {
            yield return c with { Residents = c.Residents[..(n / 2)] };
            yield return c with { Residents = c.Residents[(n / 2)..] };
        }
        for (var i = 0; i < n; i++)
        {
            yield return c with { Residents = c.Residents.RemoveAt(i) };
        }
        for (var i = 0; i < n; i++)
        {
            var r = c.Residents[i];
            if (r.FamilyGroup is not null) yield return c with { Residents = c.Residents.SetItem(i, r with { FamilyGroup = null }) };
            if (r.SecurityLevel is not null) yield return c with { Residents = c.Residents.SetItem(i, r with { SecurityLevel = null }) };
            if (r.Place == "nowhere") yield return c.WithPlace(i, null);
        }
    }

    private static string[] PlaceIdsOf(HousingPlan plan) => [.. plan.Facilities.SelectMany(f => f.Units).SelectMany(u => u.Places).Select(p => p.Id)];

    private static string Text(int i) => i.ToString(CultureInfo.InvariantCulture);
}
