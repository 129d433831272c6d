using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using Inl.Justice.Common;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// The compiled rules of a separation policy and the two evaluations over them. Each prisoner's side of every rule is
/// computed once, as a 64-bit mask (bit 2k: group A of rule k; bit 2k+1: group B). Masks are OR-ed per place, unit and
/// facility, so only locations where both groups of a rule are present are looked at again.
/// </summary>
internal sealed class SeparationEvaluator
{
    private const ulong GroupABits = 0x5555_5555_5555_5555UL;

    private readonly CompiledSelector[] groupA;
    private readonly CompiledSelector[] groupB;
    private readonly FrozenDictionary<string, int> securityLevels;
    private readonly ulong[] rulesByScope = new ulong[4];
    private readonly int[] unitRules;

    public SeparationEvaluator(
        ImmutableArray<SeparationRule> rules,
        DesignationRule designation,
        int childAgeBelow,
        IReadOnlyDictionary<string, int> securityLevels,
        CompiledSelector[] groupA,
        CompiledSelector[] groupB)
    {
        Rules = rules;
        Designation = designation;
        ChildAgeBelow = childAgeBelow;
        this.securityLevels = securityLevels.ToFrozenDictionary(StringComparer.Ordinal);
        this.groupA = groupA;
        this.groupB = groupB;
        for (var k = 0; k < rules.Length; k++)
        {
            rulesByScope[(int)rules[k].Scope] |= 1UL << (2 * k);
        }
        unitRules = [.. Enumerable.Range(0, rules.Length).Where(k => rules[k].Scope == SeparationScope.Unit)];
    }

    public ImmutableArray<SeparationRule> Rules { get; }

    public DesignationRule Designation { get; }

    public int ChildAgeBelow { get; }

    /// <summary>The index that stands for <see cref="Designation"/>: after every rule, so it sorts last.</summary>
    private int DesignationIndex => Rules.Length;

    public AgeGroup AgeGroupOf(LocalDate dateOfBirth, LocalDate on) =>
        CompletedYears.Between(dateOfBirth, on) < ChildAgeBelow ? AgeGroup.Child : AgeGroup.Adult;

    public ResidentTraits Traits(Resident r, LocalDate on) => new(
        r.Sex,
        r.LegalStatus,
        AgeGroupOf(r.DateOfBirth, on),
        r.SecurityLevel is { } level && securityLevels.TryGetValue(level, out var index) ? index : -1);

    public ulong Sides(in ResidentTraits t)
    {
        var sides = 0UL;
        for (var k = 0; k < groupA.Length; k++)
        {
            if (groupA[k].Matches(t))
            {
                sides |= 1UL << (2 * k);
            }
            else if (groupB[k].Matches(t))
            {
                sides |= 2UL << (2 * k);
            }
        }
        return sides;
    }

    /// <summary>
    /// The rules a prisoner breaks by being in a unit whose designation does not admit them. For each property the
    /// designation sets and the prisoner lacks, a prisoner like them but of the designated category is imagined: every
    /// unit-scope rule that keeps the two apart is broken. When no rule does, the designation rule is.
    /// </summary>
    public void DesignationBreaches(in ResidentTraits t, UnitDesignation d, List<(int Rule, bool InGroupA)> breaches)
    {
        breaches.Clear();
        if (d.Sex is { } sex && sex != t.Sex && !Cover(t, t with { Sex = sex }, breaches))
        {
            Add(breaches, (DesignationIndex, true));
        }
        if (!d.LegalStatuses.IsEmpty && !d.LegalStatuses.Contains(t.LegalStatus))
        {
            var covered = false;
            foreach (var status in d.LegalStatuses)
            {
                covered |= Cover(t, t with { LegalStatus = status }, breaches);
            }
            if (!covered)
            {
                Add(breaches, (DesignationIndex, true));
            }
        }
        if (d.AgeGroup is { } age && age != t.AgeGroup && !Cover(t, t with { AgeGroup = age }, breaches))
        {
            Add(breaches, (DesignationIndex, true));
        }
    }

    private bool Cover(in ResidentTraits actual, in ResidentTraits designated, List<(int, bool)> breaches)
    {
        var any = false;
        foreach (var k in unitRules)
        {
            if (groupA[k].Matches(actual) && groupB[k].Matches(designated))
            {
                Add(breaches, (k, true));
                any = true;
            }
            else if (groupB[k].Matches(actual) && groupA[k].Matches(designated))
            {
                Add(breaches, (k, false));
                any = true;
            }
        }
        return any;
    }

    private static void Add(List<(int, bool)> list, (int, bool) item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    private (string Id, string Title, SeparationSeverity Severity, Citation Citation) RuleInfo(int k) =>
        k < Rules.Length
            ? (Rules[k].Id, Rules[k].Title, Rules[k].Severity, Rules[k].Citation)
            : (Designation.Id, Designation.Title, Designation.Severity, Designation.Citation);

    public SeparationReport Check(HousingPlan plan, PopulationRegister population, LocalDate on, string? source, string policy)
    {
        var prisoners = population.Prisoners;
        var n = prisoners.Length;
        var problems = new ProblemSink(source);
        var places = plan.PlaceArray;
        var placeOf = new int[n];
        var traits = new ResidentTraits[n];
        var sides = new ulong[n];
        var start = new int[places.Length + 1];
        var unplaced = 0;
        for (var i = 0; i < n; i++)
        {
            var r = prisoners[i];
            placeOf[i] = -1;
            if (r.DateOfBirth > on)
            {
                problems.Add(JsonShape.Index("$.prisoners", i) + ".dateOfBirth", $"prisoner {r.Id} was born on {r.DateOfBirth:uuuu-MM-dd}, after the date of the check {on:uuuu-MM-dd}");
            }
            if (r.Place is null)
            {
                unplaced++;
                continue;
            }
            var known = plan.TryGetIndex(r.Place, out var level, out var p);
            if (!known || level != SeparationScope.Place)
            {
                problems.Add(JsonShape.Index("$.prisoners", i) + ".place", known
                    ? $"prisoner {r.Id}: '{r.Place}' is a {(level == SeparationScope.Unit ? "unit" : "facility")} of the housing plan, not a cell or dormitory"
                    : $"prisoner {r.Id}: '{r.Place}' is not a place of the housing plan");
                continue;
            }
            placeOf[i] = p;
            start[p + 1]++;
            traits[i] = Traits(r, on);
            sides[i] = Sides(traits[i]);
        }

        // Counting sort by place: the residents of place p are order[start[p]..start[p+1]), and because places are
        // numbered unit by unit and units facility by facility, those of a unit or facility are contiguous too.
        for (var p = 0; p < places.Length; p++)
        {
            start[p + 1] += start[p];
        }
        var order = new int[start[^1]];
        var next = start[..^1];
        for (var i = 0; i < n; i++)
        {
            if (placeOf[i] >= 0)
            {
                order[next[placeOf[i]]++] = i;
            }
        }

        var found = new Dictionary<(int Rule, HousingLocation Location), Finding>();
        var overcrowding = ImmutableArray.CreateBuilder<OvercrowdedPlace>();
        var placeSides = new ulong[places.Length];
        for (var p = 0; p < places.Length; p++)
        {
            for (var j = start[p]; j < start[p + 1]; j++)
            {
                placeSides[p] |= sides[order[j]];
            }
            Collide(SeparationScope.Place, placeSides[p], start[p], start[p + 1], () => plan.PlaceLocation(p));
            if (start[p + 1] - start[p] > places[p].Capacity)
            {
                overcrowding.Add(new OvercrowdedPlace
                {
                    Location = plan.PlaceLocation(p),
                    Kind = places[p].Kind,
                    Capacity = places[p].Capacity,
                    Occupants = IdsOf(order.AsSpan(start[p], start[p + 1] - start[p])),
                });
            }
        }
        var units = plan.UnitArray;
        var unitSides = new ulong[units.Length];
        var breaches = new List<(int Rule, bool InGroupA)>();
        for (var u = 0; u < units.Length; u++)
        {
            int from = start[plan.UnitFirstPlace[u]], to = start[plan.UnitFirstPlace[u + 1]];
            for (var p = plan.UnitFirstPlace[u]; p < plan.UnitFirstPlace[u + 1]; p++)
            {
                unitSides[u] |= placeSides[p];
            }
            Collide(SeparationScope.Unit, unitSides[u], from, to, () => plan.UnitLocation(u));
            if (units[u].Designation is not { IsEmpty: false } designation)
            {
                continue;
            }
            for (var j = from; j < to; j++)
            {
                var i = order[j];
                if (designation.Admits(traits[i].Sex, traits[i].LegalStatus, traits[i].AgeGroup))
                {
                    continue;
                }
                DesignationBreaches(traits[i], designation, breaches);
                foreach (var (rule, inGroupA) in breaches)
                {
                    var finding = Get(rule, plan.UnitLocation(u));
                    (inGroupA ? finding.GroupA : finding.GroupB).Add(i);
                    finding.AgainstDesignation.Add(i);
                    finding.Designation ??= designation;
                }
            }
        }
        for (var f = 0; f < plan.Facilities.Length; f++)
        {
            var facilitySides = 0UL;
            for (var u = plan.FacilityFirstUnit[f]; u < plan.FacilityFirstUnit[f + 1]; u++)
            {
                facilitySides |= unitSides[u];
            }
            var firstPlace = plan.UnitFirstPlace[plan.FacilityFirstUnit[f]];
            var endPlace = plan.UnitFirstPlace[plan.FacilityFirstUnit[f + 1]];
            var id = plan.Facilities[f].Id;
            Collide(SeparationScope.Facility, facilitySides, start[firstPlace], start[endPlace], () => new HousingLocation(id));
        }

        var violations = found
            .OrderBy(x => x.Key.Rule).ThenBy(x => x.Key.Location)
            .Select(x =>
            {
                var (id, title, severity, citation) = RuleInfo(x.Key.Rule);
                var isRule = x.Key.Rule < Rules.Length;
                return new SeparationViolation
                {
                    Rule = id,
                    Title = title,
                    Severity = severity,
                    Citation = citation,
                    Location = x.Key.Location,
                    SideA = isRule ? Rules[x.Key.Rule].GroupA.ToString() : "not admitted by the unit's designation",
                    SideB = isRule ? Rules[x.Key.Rule].GroupB.ToString() : "designated: " + x.Value.Designation,
                    GroupA = Ids(x.Value.GroupA),
                    GroupB = Ids(x.Value.GroupB),
                    AgainstDesignation = Ids(x.Value.AgainstDesignation),
                };
            });
        return new SeparationReport
        {
            Policy = policy,
            CheckedOn = on,
            ResidentCount = n,
            UnplacedCount = unplaced,
            Violations = [.. violations],
            Overcrowding = [.. overcrowding.OrderBy(o => o.Location)],
            Problems = problems.ToImmutable(),
        };

        void Collide(SeparationScope scope, ulong present, int from, int to, Func<HousingLocation> location)
        {
            var both = present & (present >> 1) & rulesByScope[(int)scope];
            while (both != 0)
            {
                var k = BitOperations.TrailingZeroCount(both) / 2;
                both &= both - 1;
                var a = new List<int>();
                var b = new List<int>();
                for (var j = from; j < to; j++)
                {
                    var i = order[j];
                    if ((sides[i] & (1UL << (2 * k))) != 0)
                    {
                        a.Add(i);
                    }
                    else if ((sides[i] & (2UL << (2 * k))) != 0)
                    {
                        b.Add(i);
                    }
                }
                if (Rules[k].ExceptSameFamily)
                {
                    (a, b) = (NotOnlyFamily(a, b), NotOnlyFamily(b, a));
                    if (a.Count == 0)
                    {
                        continue;
                    }
                }
                var finding = Get(k, location());
                finding.GroupA.AddRange(a);
                finding.GroupB.AddRange(b);
            }
        }

        // The members of `mine` held with at least one member of `theirs` who is not of their family.
        List<int> NotOnlyFamily(List<int> mine, List<int> theirs)
        {
            var families = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var i in theirs)
            {
                if (prisoners[i].FamilyGroup is { } family)
                {
                    families[family] = families.GetValueOrDefault(family) + 1;
                }
            }
            return [.. mine.Where(i => theirs.Count - (prisoners[i].FamilyGroup is { } family ? families.GetValueOrDefault(family) : 0) > 0)];
        }

        Finding Get(int rule, HousingLocation location)
        {
            if (!found.TryGetValue((rule, location), out var finding))
            {
                finding = new Finding();
                found.Add((rule, location), finding);
            }
            return finding;
        }

        ImmutableArray<PersonId> Ids(List<int> indexes) => IdsOf(CollectionsMarshal.AsSpan(indexes));

        ImmutableArray<PersonId> IdsOf(ReadOnlySpan<int> indexes)
        {
            var ids = new PersonId[indexes.Length];
            for (var j = 0; j < indexes.Length; j++)
            {
                ids[j] = prisoners[indexes[j]].Id;
            }
            Array.Sort(ids);
            return [.. ids.Distinct()];
        }
    }

    public PlacementDecision CanPlace(Resident resident, string target, HousingPlan plan, PopulationRegister population, LocalDate on)
    {
        var known = plan.TryGetIndex(target, out var level, out var index);
        Preconditions.CheckArgument(known && level != SeparationScope.Facility, nameof(target), known
            ? $"'{target}' is a facility; ask about one of its units or places"
            : $"'{target}' is not a unit or place of the housing plan");
        var unit = level == SeparationScope.Unit ? index : plan.PlaceUnit[index];
        var place = level == SeparationScope.Place ? index : -1;
        var facility = plan.UnitFacility[unit];
        var traits = Traits(resident, on);
        var mine = Sides(traits);

        var others = new List<(Resident Resident, int Place, int Unit, ulong Sides)>();
        foreach (var r in population.Prisoners)
        {
            if (r.Id == resident.Id || r.Place is null || !plan.TryGetIndex(r.Place, out var l, out var p) || l != SeparationScope.Place)
            {
                continue;
            }
            var u = plan.PlaceUnit[p];
            if (plan.UnitFacility[u] == facility)
            {
                others.Add((r, p, u, Sides(Traits(r, on))));
            }
        }

        var reasons = new Dictionary<(int Rule, HousingLocation Location), (List<PersonId> Conflicting, bool Against)>();
        for (var k = 0; k < Rules.Length; k++)
        {
            var side = (mine >> (2 * k)) & 3UL;
            var rule = Rules[k];
            if (side == 0 || (rule.Scope == SeparationScope.Place && place < 0))
            {
                continue;
            }
            var theirs = (3UL ^ side) << (2 * k);
            var conflicting = others
                .Where(o => rule.Scope switch
                {
                    SeparationScope.Place => o.Place == place,
                    SeparationScope.Unit => o.Unit == unit,
                    _ => true,
                })
                .Where(o => (o.Sides & theirs) != 0 && !(rule.ExceptSameFamily && resident.FamilyGroup is { } family && o.Resident.FamilyGroup == family))
                .Select(o => o.Resident.Id)
                .ToList();
            if (conflicting.Count > 0)
            {
                var location = rule.Scope switch
                {
                    SeparationScope.Place => plan.PlaceLocation(place),
                    SeparationScope.Unit => plan.UnitLocation(unit),
                    _ => new HousingLocation(plan.Facilities[facility].Id),
                };
                reasons[(k, location)] = (conflicting, false);
            }
        }
        if (plan.UnitArray[unit].Designation is { IsEmpty: false } designation && !designation.Admits(traits.Sex, traits.LegalStatus, traits.AgeGroup))
        {
            var breaches = new List<(int Rule, bool InGroupA)>();
            DesignationBreaches(traits, designation, breaches);
            foreach (var (rule, _) in breaches)
            {
                var key = (rule, plan.UnitLocation(unit));
                reasons[key] = (reasons.TryGetValue(key, out var existing) ? existing.Conflicting : new List<PersonId>(), true);
            }
        }

        return new PlacementDecision
        {
            Resident = resident.Id,
            Target = place >= 0 ? plan.PlaceLocation(place) : plan.UnitLocation(unit),
            Reasons = [.. reasons.OrderBy(x => x.Key.Rule).ThenBy(x => x.Key.Location).Select(x =>
            {
                var (id, title, severity, citation) = RuleInfo(x.Key.Rule);
                return new PlacementReason
                {
                    Rule = id,
                    Title = title,
                    Severity = severity,
                    Citation = citation,
                    Location = x.Key.Location,
                    Conflicting = [.. x.Value.Conflicting.Order()],
                    AgainstDesignation = x.Value.Against,
                };
            })],
            Capacity = place >= 0 ? plan.PlaceArray[place].Capacity : null,
            Occupancy = place >= 0 ? others.Count(o => o.Place == place) : null,
        };
    }

    /// <summary>The prisoners found breaking one rule at one location, by index in the register.</summary>
    private sealed class Finding
    {
        public List<int> GroupA { get; } = [];

        public List<int> GroupB { get; } = [];

        public List<int> AgainstDesignation { get; } = [];

        public UnitDesignation? Designation { get; set; }
    }
}
