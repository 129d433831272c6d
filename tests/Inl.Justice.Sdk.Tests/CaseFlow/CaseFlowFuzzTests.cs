using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.CaseFlow;
using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.CaseFlow.Timelines;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Tests.RulePacks;
using NodaTime;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>
/// Corrupted clock packs, calendars and dockets give a value or located problems, never another exception; a docket
/// that still loads evaluates and draws without throwing.
/// </summary>
[Properties(Arbitrary = [typeof(PackMutationPropertyTests)], MaxTest = 250)]
public sealed class CaseFlowFuzzTests
{
    private static readonly JsonNode?[] Replacements =
    [
        null, JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(int.MaxValue), JsonValue.Create(""), JsonValue.Create("Arrest"),
        JsonValue.Create(true), new JsonObject(), new JsonArray(), JsonValue.Create("2024-02-30"), JsonValue.Create("9999-12-31"),
        JsonValue.Create("0001-01-01T00:00:00Z"), JsonValue.Create("Saturday"), JsonValue.Create(3660), JsonValue.Create("Europe/Nowhere"),
        new JsonArray(JsonValue.Create("ChargeFiled")), JsonValue.Create("23:59"), JsonValue.Create("Court"),
    ];

    private static JsonObject Mutate(JsonObject document, PackMutation[] mutations)
    {
        foreach (var m in mutations)
        {
            var nodes = Walk(document).ToList();
            if (nodes.Count == 0)
            {
                break;
            }
            var (parent, key, index) = nodes[m.Node % nodes.Count];
            var replacement = Replacements[m.Seed % Replacements.Length]?.DeepClone();
            switch (parent, m.Operation)
            {
                case (JsonObject o, 0): o.Remove(key!); break;
                case (JsonObject o, _): o[key!] = replacement; break;
                case (JsonArray a, 0): a.RemoveAt(index); break;
                case (JsonArray a, 1): a.Add(a[index]?.DeepClone()); break;
                case (JsonArray a, _): a[index] = replacement; break;
            }
        }
        return document;
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Walk(JsonNode node)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, child) in o.ToList())
            {
                yield return (o, key, -1);
                if (child is not null)
                {
                    foreach (var x in Walk(child)) yield return x;
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                yield return (a, null, i);
                if (a[i] is { } child)
                {
                    foreach (var x in Walk(child)) yield return x;
                }
            }
        }
    }

    private static bool Located<T>(Validated<T> result) where T : class =>
        result.IsValid || (!result.Problems.IsEmpty && result.Problems.All(p => p.Path.StartsWith('$') && !string.IsNullOrWhiteSpace(p.Message) && p.Source == "mutated.json"));

    [Property]
    public Property Mutated_clock_packs_give_clocks_or_located_problems(PackMutation[] mutations)
    {
        var ids = new[] { "us-federal-criminal-clocks", "ke-criminal-clocks", "in-crpc-clocks", "co-cpp-clocks" };
        var pack = Mutate(CaseFlowFixtures.PackJson(ids[mutations[0].Seed % ids.Length]), mutations);
        var result = ClockSet.TryLoad(CaseFlowFixtures.Bytes(pack), "mutated.json");
        if (result.TryGetValue(out var clocks))
        {
            // A pack that still loads evaluates the example docket (with its own calendar, if it names a known one).
            var calendar = clocks.CalendarId is { } id && RulePackCatalog.Default.Contains(id) ? RulePackCatalog.Default.Latest<CourtCalendar>(id) : null;
            if (clocks.RequiresCalendar && calendar is null)
            {
                return true.ToProperty().Classify(true, "needs an unknown calendar");
            }
            var docket = Docket.For(CaseDocket.TryLoadFile(TestData.RepoFile("docs/examples/cases.json")).Value.Cases, clocks, calendar);
            _ = docket.Evaluate(new LocalDate(2025, 5, 15)).ToJson();
            return true.ToProperty().Classify(true, "still valid");
        }
        return Located(result).Label(pack.ToJsonString());
    }

    [Property]
    public Property Mutated_calendars_give_calendars_or_located_problems(PackMutation[] mutations)
    {
        var pack = Mutate(CaseFlowFixtures.PackJson(mutations[0].Seed % 2 == 0 ? "us-federal-courts" : "za-courts"), mutations);
        var result = CourtCalendar.TryLoad(CaseFlowFixtures.Bytes(pack), "mutated.json");
        if (result.TryGetValue(out var calendar))
        {
            for (var d = new LocalDate(2024, 1, 1); d <= new LocalDate(2030, 12, 31); d = d.PlusDays(7))
            {
                _ = calendar.IsCourtDay(d);
            }
            return true.ToProperty().Classify(true, "still valid");
        }
        return Located(result).Label(pack.ToJsonString());
    }

    [Property]
    public Property Mutated_dockets_give_cases_that_evaluate_or_located_problems(PackMutation[] mutations)
    {
        var json = Mutate(JsonNode.Parse(System.IO.File.ReadAllText(TestData.RepoFile("docs/examples/cases.json")))!.AsObject(), mutations);
        var result = CaseDocket.TryLoad(CaseFlowFixtures.Bytes(json), "mutated.json");
        if (!result.TryGetValue(out var docket))
        {
            return Located(result).Label(json.ToJsonString());
        }
        foreach (var c in docket.Cases)
        {
            foreach (var (clocks, calendar) in CaseFlowPropertyTests.Packs)
            {
                var asOf = StatutoryClock.EndOfDayIn(new LocalDate(2025, 5, 15), c.TimeZone);
                _ = clocks.Evaluate(c, calendar, asOf);
                _ = CaseTimeline.Build(c, clocks, calendar, asOf).ToSvg();
                _ = Docket.For([c], clocks, calendar).Detention(asOf);
            }
        }
        return true.ToProperty().Classify(true, "still valid");
    }
}
