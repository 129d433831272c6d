using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Common;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.RulePacks;
using Xunit;

namespace Inl.Justice.Tests.RulePacks;

/// <summary>A mutation of a pack document: which node (by index in document order), what to do, and a seed for the new value.</summary>
public sealed record PackMutation(int Node, int Operation, int Seed);

/// <summary>The loaders never throw anything but their documented error, whatever the input.</summary>
public sealed class PackMutationPropertyTests
{
    private static readonly JsonNode?[] Replacements =
    [
        null, JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(int.MaxValue), JsonValue.Create(1e300), JsonValue.Create(""),
        JsonValue.Create("Greatest"), JsonValue.Create(true), new JsonObject(), new JsonArray(), JsonValue.Create("2024-02-30"),
        JsonValue.Create("Male"), JsonValue.Create(99999), new JsonArray(JsonValue.Create(1)),
        new JsonObject { ["kind"] = "AllOf", ["conditions"] = new JsonArray() },
    ];

    public static Arbitrary<PackMutation[]> Mutations() =>
        Arb.From(
            from count in Gen.Choose(1, 6)
            from mutations in Gen.ArrayOf(
                from node in Gen.Choose(0, 5000)
                from op in Gen.Choose(0, 5)
                from seed in Gen.Choose(0, 1000)
                select new PackMutation(node, op, seed), count)
            select mutations,
            ms => ms.Length <= 1 ? [] : [ms[..^1], ms[1..]]);

    internal static JsonObject Mutate(JsonObject pack, PackMutation[] mutations)
    {
        foreach (var m in mutations)
        {
            var nodes = Walk(pack).ToList();
            if (nodes.Count == 0)
            {
                break;
            }
            var (parent, key, index) = nodes[m.Node % nodes.Count];
            var replacement = Replacements[m.Seed % Replacements.Length]?.DeepClone();
            switch (parent, m.Operation)
            {
                case (JsonObject o, 0):
                    o.Remove(key!);
                    break;
                case (JsonObject o, 1):
                    o[key! + "x"] = replacement;
                    break;
                case (JsonObject o, _):
                    o[key!] = replacement;
                    break;
                case (JsonArray a, 0):
                    a.RemoveAt(index);
                    break;
                case (JsonArray a, 1):
                    a.Add(a[index]?.DeepClone());
                    break;
                case (JsonArray a, _):
                    a[index] = replacement;
                    break;
            }
        }
        return pack;
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

    private static bool OnlyDocumentedOutcomes(byte[] bytes)
    {
        var result = ClassificationInstrument.TryLoad(bytes, "mutated.json");
        if (result.IsValid)
        {
            // A mutation may leave a valid pack: then it must evaluate, and load the same way twice.
            var again = ClassificationInstrument.Load(result.Value.ToJson());
            return again.Header == result.Value.Header;
        }
        try
        {
            ClassificationInstrument.Load(bytes, "mutated.json");
            return false;
        }
        catch (RulePackException ex)
        {
            return ex.Problems.Length == result.Problems.Length
                && result.Problems.All(p => p.Path.StartsWith('$') && !string.IsNullOrWhiteSpace(p.Message) && p.Source == "mutated.json");
        }
    }

    [Property(Arbitrary = [typeof(PackMutationPropertyTests)], MaxTest = 400)]
    public Property Mutated_packs_give_a_pack_or_located_problems_never_another_exception(PackMutation[] mutations)
    {
        var pack = Mutate(mutations[0].Seed % 2 == 0 ? PackJson.Bop() : PackJson.Example(), mutations);
        return OnlyDocumentedOutcomes(PackJson.Bytes(pack)).Label(pack.ToJsonString());
    }

    [Property(MaxTest = 300)]
    public Property Corrupted_bytes_give_located_problems_never_another_exception(NonNegativeInt position, byte value, bool truncate)
    {
        var bytes = TestData.BopJson;
        var at = position.Get % bytes.Length;
        var corrupted = truncate ? bytes[..at] : [.. bytes[..at], value, .. bytes[(at + 1)..]];
        return OnlyDocumentedOutcomes(corrupted).ToProperty();
    }

    [Property(Arbitrary = [typeof(PackMutationPropertyTests)], MaxTest = 200)]
    public Property Catalogue_rejects_bad_headers_only_with_the_documented_error(PackMutation[] mutations)
    {
        var pack = PackJson.Bop();
        var header = pack["header"]!.AsObject();
        var mutated = Mutate(new JsonObject { ["header"] = header.DeepClone() }, mutations);
        try
        {
            var catalog = RulePackCatalog.Empty.With(PackJson.Bytes(mutated), "mutated.json");
            return (catalog.Packs.Length == 1).ToProperty();
        }
        catch (RulePackException ex)
        {
            return ex.Problems.All(p => p.Path.StartsWith('$')).ToProperty();
        }
    }

    [Property(Arbitrary = [typeof(PackMutationPropertyTests)], MaxTest = 300)]
    public Property Mutated_cohorts_give_profiles_or_located_problems_and_checked_profiles_classify(PackMutation[] mutations)
    {
        var cohortJson = JsonNode.Parse(System.IO.File.ReadAllBytes(TestData.RepoFile("docs/examples/prisoners.json")))!.AsObject();
        var bytes = PackJson.Bytes(Mutate(cohortJson, mutations));
        var cohort = Inl.Justice.Corrections.PrisonerCohort.TryLoad(bytes, "cohort.json");
        if (!cohort.TryGetValue(out var value))
        {
            return cohort.Problems.All(p => p.Path.StartsWith('$') && p.Source == "cohort.json").Label("located problems");
        }
        foreach (var prisoner in value.Prisoners)
        {
            var problems = TestData.Bop.Check(prisoner, value.AssessedOn);
            if (problems.IsEmpty)
            {
                _ = TestData.Bop.Classify(prisoner, value.AssessedOn);
            }
            else
            {
                var thrown = Record.Exception(() => TestData.Bop.Level(prisoner, value.AssessedOn));
                if (thrown is not null and not ArgumentException)
                {
                    return false.Label("unchecked profile threw " + thrown.GetType().Name);
                }
            }
        }
        return true.ToProperty();
    }
}
