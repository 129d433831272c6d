using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Separation;
using static Inl.Justice.Tests.Corrections.Separation.SeparationFixtures;

namespace Inl.Justice.Tests.Corrections.Separation;

/// <summary>
/// Invariants of Check and CanPlace over generated plans and populations, with the jurisdiction pack (the UN rules
/// plus a place-scope security-level rule), so that every scope, the family exception and designations take part.
/// </summary>
[Properties(Arbitrary = [typeof(SeparationArbitraries)], MaxTest = 300)]
public sealed class SeparationPropertyTests
{
    private static SeparationPolicy Policy => Jurisdiction;

    private static int Pick(int value, int count) => (int)(unchecked((uint)value) % (uint)count);

    private static HashSet<string> Keys(IEnumerable<SeparationViolation> violations) => [.. violations.Select(v => v.Rule + "@" + v.Location)];

    private static string Key(PlacementReason r) => r.Rule + "@" + r.Location;

    private static Property Replay(SeparationCase start, int[] moves, Func<PlacementDecision, bool> accept, Func<SeparationReport, bool> invariant, string what)
    {
        var places = start.PlaceIds;
        var state = start with { Residents = [.. start.Residents.Select(r => r with { Place = null })] };
        if (!invariant(Policy.Check(state.Plan, state.Population, state.On)))
        {
            return false.Label("the empty placement should satisfy " + what);
        }
        var applied = 0;
        for (var m = 0; m + 1 < moves.Length && state.Residents.Length > 0; m += 2)
        {
            var who = Pick(moves[m], state.Residents.Length);
            var where = places[Pick(moves[m + 1], places.Length)];
            var decision = Policy.CanPlace(state.Residents[who], where, state.Plan, state.Population, state.On);
            if (!accept(decision))
            {
                continue;
            }
            state = state.WithPlace(who, where);
            applied++;
            var report = Policy.Check(state.Plan, state.Population, state.On);
            if (!invariant(report))
            {
                return false.Label($"after moving {state.Residents[who].Id} to {where} ({decision}):\n{report.ToSummary()}\n{state}");
            }
        }
        return true.ToProperty().Classify(applied == 0, "no move applied").Classify(applied >= 5, "5+ moves applied");
    }

    [Property]
    public Property A_clean_population_stays_clean_after_any_move_CanPlace_finds_clean(SeparationCase c, int[] moves) =>
        Replay(c, moves, d => d.IsClean, r => r.IsClean, "a clean report");

    [Property]
    public Property No_mandatory_violation_or_overcrowding_appears_after_any_move_CanPlace_allows(SeparationCase c, int[] moves) =>
        Replay(c, moves, d => d.IsAllowed, r => !r.HasMandatoryViolations && r.Overcrowding.IsEmpty, "no mandatory violation");

    [Property]
    public Property Moving_a_prisoner_adds_exactly_the_violations_CanPlace_predicted(SeparationCase c, int resident, int place)
    {
        if (c.Residents.IsEmpty)
        {
            return true.ToProperty().Classify(true, "empty");
        }
        var who = Pick(resident, c.Residents.Length);
        var target = c.PlaceIds[Pick(place, c.PlaceIds.Length)];
        var person = c.Residents[who];
        var decision = Policy.CanPlace(person, target, c.Plan, c.Population, c.On);
        var without = c.WithPlace(who, null);
        var with = c.WithPlace(who, target);
        var before = Policy.Check(without.Plan, without.Population, without.On).Violations.ToDictionary(v => v.Rule + "@" + v.Location);
        var after = Policy.Check(with.Plan, with.Population, with.On);
        var reasons = decision.Reasons.ToDictionary(Key);

        var expectedKeys = Keys(before.Values);
        expectedKeys.UnionWith(reasons.Keys);
        var ok = Keys(after.Violations).SetEquals(expectedKeys);
        foreach (var v in after.Violations)
        {
            var key = v.Rule + "@" + v.Location;
            var expected = before.TryGetValue(key, out var old) ? old.Residents.ToHashSet() : [];
            var expectedAgainst = old?.AgainstDesignation.ToHashSet() ?? [];
            if (reasons.TryGetValue(key, out var reason))
            {
                expected.Add(person.Id);
                expected.UnionWith(reason.Conflicting);
                if (reason.AgainstDesignation)
                {
                    expectedAgainst.Add(person.Id);
                }
                var otherGroup = v.GroupA.Contains(person.Id) ? v.GroupB : v.GroupA;
                ok &= reason.Conflicting.All(otherGroup.Contains);
            }
            ok &= expected.SetEquals(v.Residents) && expectedAgainst.SetEquals(v.AgainstDesignation);
        }
        var overcrowded = after.Overcrowding.Any(o => o.Location.PlaceId == target);
        ok &= overcrowded == !decision.HasRoom;
        return ok.Label($"moving {person.Id} to {target}:\n{decision}\nbefore:\n{string.Join("\n", before.Values)}\nafter:\n{after.ToSummary()}")
            .Classify(!decision.IsAllowed, "forbidden")
            .Classify(decision.Reasons.Any(r => r.AgainstDesignation), "against a designation")
            .Classify(!decision.HasRoom, "full");
    }

    [Property]
    public Property Asking_about_a_unit_gives_the_reasons_for_its_places_except_place_rules(SeparationCase c, int resident, int place)
    {
        if (c.Residents.IsEmpty)
        {
            return true.ToProperty();
        }
        var person = c.Residents[Pick(resident, c.Residents.Length)];
        var target = c.PlaceIds[Pick(place, c.PlaceIds.Length)];
        var unit = c.Plan.UnitOf(target).Id;
        var forPlace = Policy.CanPlace(person, target, c.Plan, c.Population, c.On).Reasons.Where(r => r.Location.Scope != SeparationScope.Place);
        var forUnit = Policy.CanPlace(person, unit, c.Plan, c.Population, c.On).Reasons;
        return forPlace.SequenceEqual(forUnit).Label($"{person.Id} to {target} / {unit}");
    }

    [Property]
    public Property Check_is_every_prisoners_own_CanPlace_at_once(SeparationCase c)
    {
        // The oracle: a prisoner is in a violation exactly when asking about their own place gives that rule and location.
        var report = Policy.Check(c.Plan, c.Population, c.On);
        var fromReport = report.Violations.SelectMany(v => v.Residents.Select(id => id + " " + v.Rule + "@" + v.Location)).ToHashSet();
        var fromPlacements = c.Residents
            .Where(r => r.Place is not null && c.Plan.TryGetPlace(r.Place, out _))
            .SelectMany(r => Policy.CanPlace(r, r.Place!, c.Plan, c.Population, c.On).Reasons.Select(reason => r.Id + " " + Key(reason)))
            .ToHashSet();
        return fromReport.SetEquals(fromPlacements).Label($"report only: {string.Join("; ", fromReport.Except(fromPlacements))}; placements only: {string.Join("; ", fromPlacements.Except(fromReport))}")
            .Classify(report.Violations.IsEmpty, "no violations");
    }

    [Property]
    public Property Results_do_not_depend_on_the_order_of_prisoners_facilities_units_or_places(SeparationCase c, int seed)
    {
        var random = new Random(seed);
        T[] Shuffled<T>(IEnumerable<T> items) => [.. items.OrderBy(_ => random.Next())];
        var plan = new HousingPlan([.. Shuffled(c.Plan.Facilities).Select(f => f with
        {
            Units = [.. Shuffled(f.Units).Select(u => u with { Places = [.. Shuffled(u.Places)] })],
        })]);
        var population = new PopulationRegister([.. Shuffled(c.Residents)]);
        var a = Policy.Check(c.Plan, c.Population, c.On);
        var b = Policy.Check(plan, population, c.On);
        return (a.Violations.SequenceEqual(b.Violations) && a.Overcrowding.SequenceEqual(b.Overcrowding)
                && a.ResidentCount == b.ResidentCount && a.UnplacedCount == b.UnplacedCount
                && a.Problems.Select(p => p.Message).Order(StringComparer.Ordinal).SequenceEqual(b.Problems.Select(p => p.Message).Order(StringComparer.Ordinal)))
            .Label($"{a.ToSummary()}\nvs\n{b.ToSummary()}");
    }

    [Property]
    public Property Plans_and_reports_round_trip_through_json(SeparationCase c)
    {
        var plan = HousingPlan.TryLoad(c.Plan.ToJson()).Value;
        var report = Policy.Check(c.Plan, c.Population, c.On, "population.json");
        var again = SeparationReport.TryLoad(report.ToJson()).Value;
        return (plan.Facilities.SequenceEqual(c.Plan.Facilities) && plan.ToJson().AsSpan().SequenceEqual(c.Plan.ToJson()))
            .Label("plan")
            .And(again.Equals(report)).Label("report")
            .And(again.ToJson().AsSpan().SequenceEqual(report.ToJson())).Label("report bytes");
    }

    [Property(MaxTest = 200)]
    public Property Corrupted_plans_and_packs_give_located_problems_never_another_exception(NonNegativeInt position, byte value, bool truncate, bool pack)
    {
        var bytes = pack ? Bytes(UnJson()) : Plan.ToJson();
        var at = position.Get % bytes.Length;
        var corrupted = truncate ? bytes[..at] : [.. bytes[..at], value, .. bytes[(at + 1)..]];
        var problems = pack ? SeparationPolicy.TryLoad(corrupted, "x.json").Problems : HousingPlan.TryLoad(corrupted, "x.json").Problems;
        return problems.All(p => p.Path.StartsWith('$') && p.Source == "x.json" && !string.IsNullOrWhiteSpace(p.Message)).ToProperty();
    }
}
