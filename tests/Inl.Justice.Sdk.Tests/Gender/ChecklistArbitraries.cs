using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Inl.Justice.Gender.Checklists;
using NodaTime;

namespace Inl.Justice.Tests.Gender;

/// <summary>An item of a generated template: scale, weight, target, whether required, a dependency on an earlier item, a marker role.</summary>
public sealed record ItemSpec(string Scale, decimal Weight, decimal? Target, bool Required, int? DependsOn, string? DependsAnswer, MarkerRole? Marker);

/// <summary>A generated template: sections of items (ids I0, I1, … in template order) and a score scale.</summary>
public sealed record TemplateSpec(ImmutableArray<ImmutableArray<ItemSpec>> Sections, decimal Min, decimal Max)
{
    public ImmutableArray<ItemSpec> Items => [.. Sections.SelectMany(s => s)];

    public override string ToString() => ChecklistGen.Json(this, "1.0.0", null).ToJsonString();
}

/// <summary>A response of a generated assessment, to item I{Item}.</summary>
public sealed record ResponseSpec(int Item, string Answer, string? Evidence);

/// <summary>A valid template and a valid (perhaps incomplete) assessment of it.</summary>
public sealed record ChecklistCase(TemplateSpec Spec, ImmutableArray<ResponseSpec> Responses)
{
    public ChecklistTemplate Template() => ChecklistGen.Template(Spec);

    public Assessment Assessment() => ChecklistGen.Assessment("1.0.0", Responses);

    public override string ToString() => $"template {Spec}\nresponses {string.Join(", ", Responses.Select(r => $"I{r.Item}={r.Answer}"))}";
}

/// <summary>What a migration does with one item of the earlier version.</summary>
public enum Fate
{
    Keep,
    Rename,
    Split,
    Remove,
    Drop,
    MergeWithNext,
    RenameOntoYesNo,

    /// <summary>Renamed onto the next item's id while the next item is kept: two answers land on one item.</summary>
    RenameOntoNext,

    /// <summary>Kept, but in the new version it applies only when the previous (kept) item is answered with its first option.</summary>
    KeepNowDependent,
}

/// <summary>An earlier template (no dependencies), a fate per item, and an assessment of the earlier version.</summary>
public sealed record MigrationCase(TemplateSpec Old, ImmutableArray<Fate> Fates, ImmutableArray<ResponseSpec> Responses)
{
    public override string ToString() =>
        $"old {Old}\nfates {string.Join(", ", Fates.Select((f, i) => $"I{i}:{f}"))}\nresponses {string.Join(", ", Responses.Select(r => $"I{r.Item}={r.Answer}/{r.Evidence}"))}";
}

/// <summary>Builds templates and assessments from specs.</summary>
public static class ChecklistGen
{
    public static readonly string[] Scales = ["compliance", "maturity", "yes-no"];

    public static string[] Options(string scale) => scale switch
    {
        "compliance" => ["met", "partly", "not-met"],
        "maturity" => ["0", "1", "2", "3", "4", "5"],
        _ => ["yes", "no"],
    };

    public static bool HasNotApplicable(string scale) => scale != "yes-no";

    public static string Id(int index) => "I" + index.ToString(CultureInfo.InvariantCulture);

    private static JsonObject Option(string value, decimal fraction) => new() { ["value"] = value, ["fraction"] = fraction };

    public static JsonObject Json(TemplateSpec spec, string version, JsonArray? migrations, Func<int, string>? ids = null, Func<int, string>? scales = null)
    {
        ids ??= Id;
        var index = 0;
        var sections = new JsonArray();
        for (var s = 0; s < spec.Sections.Length; s++)
        {
            var items = new JsonArray();
            foreach (var item in spec.Sections[s])
            {
                var i = index++;
                var json = new JsonObject
                {
                    ["id"] = ids(i),
                    ["citation"] = new JsonObject { ["provision"] = "Rule " + i.ToString(CultureInfo.InvariantCulture), ["verification"] = "Unverified" },
                    ["text"] = new JsonObject { ["en"] = "Item " + ids(i) },
                    ["importance"] = ((Importance)(1 + (i % 4))).ToString(),
                    ["weight"] = item.Weight,
                    ["scale"] = scales?.Invoke(i) ?? item.Scale,
                    ["required"] = item.Required,
                };
                if (item.Target is { } t) json["target"] = t;
                if (item.DependsOn is { } d) json["appliesWhen"] = new JsonObject { ["item"] = ids(d), ["answerIn"] = new JsonArray(item.DependsAnswer!) };
                if (item.Marker is { } m) json["marker"] = m.ToString();
                items.Add(json);
            }
            sections.Add(new JsonObject
            {
                ["id"] = "S" + s.ToString(CultureInfo.InvariantCulture),
                ["pillar"] = ((Pillar)(1 + (s % 4))).ToString(),
                ["title"] = new JsonObject { ["en"] = "Section " + s.ToString(CultureInfo.InvariantCulture) },
                ["items"] = items,
            });
        }
        var template = new JsonObject
        {
            ["header"] = new JsonObject
            {
                ["id"] = "xx-generated", ["kind"] = "checklist-template", ["version"] = version, ["jurisdiction"] = "UN",
                ["title"] = "Generated", ["effectiveFrom"] = "2020-01-01",
            },
            ["defaultLanguage"] = "en",
            ["languages"] = new JsonArray("en"),
            ["name"] = new JsonObject { ["en"] = "Generated" },
            ["scoreScale"] = new JsonObject { ["min"] = spec.Min, ["max"] = spec.Max },
            ["answerScales"] = new JsonArray(
                new JsonObject { ["id"] = "compliance", ["options"] = new JsonArray(Option("met", 1m), Option("partly", 0.5m), Option("not-met", 0m)), ["notApplicable"] = new JsonObject { ["value"] = "n/a" } },
                new JsonObject { ["id"] = "maturity", ["options"] = new JsonArray([.. Enumerable.Range(0, 6).Select(k => (JsonNode)Option(k.ToString(CultureInfo.InvariantCulture), k / 5m))]), ["notApplicable"] = new JsonObject { ["value"] = "n/a" } },
                new JsonObject { ["id"] = "yes-no", ["options"] = new JsonArray(Option("yes", 1m), Option("no", 0m)) }),
            ["defaultScale"] = "compliance",
            ["sections"] = sections,
        };
        if (migrations is not null) template["migrations"] = migrations;
        return template;
    }

    public static ChecklistTemplate Template(TemplateSpec spec) => ChecklistTemplate.Load(ChecklistFixtures.Bytes(Json(spec, "1.0.0", null)));

    public static Assessment Assessment(string version, IEnumerable<ResponseSpec> responses, Func<int, string>? ids = null) =>
        new("xx-generated", Inl.Justice.RulePacks.PackVersion.Parse(version), "G-1", new LocalDate(2026, 1, 1), "en",
            [.. responses.Select(r => new ChecklistResponse((ids ?? Id)(r.Item), r.Answer, r.Evidence))]);
}

/// <summary>Generators, with shrinkers, of valid checklist templates, assessments and migrations.</summary>
public static class ChecklistArbitraries
{
    private static Gen<ItemSpec> ItemGen(int index, ImmutableArray<ItemSpec> earlier, bool dependencies) =>
        from scale in Gen.Elements(ChecklistGen.Scales)
        from halves in Gen.Choose(1, 10)
        from target in Gen.Elements<decimal?>(null, null, 0m, 0.5m, 0.6m, 1m)
        from required in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from depends in Gen.Frequency((3, Gen.Constant(false)), (index > 0 && dependencies ? 1 : 0, Gen.Constant(true)))
        from parent in Gen.Choose(0, Math.Max(0, index - 1))
        from pick in Gen.Choose(0, 5)
        from marker in Gen.Elements<MarkerRole?>(null, null, null, MarkerRole.MinimumCriterion, MarkerRole.SignificantObjective, MarkerRole.PrincipalObjective)
        let options = depends ? ChecklistGen.Options(earlier[parent].Scale) : []
        select new ItemSpec(scale, halves / 2m, target, required, depends ? parent : null, depends ? options[pick % options.Length] : null, marker);

    private static Gen<ImmutableArray<ItemSpec>> ItemsGen(int count, bool dependencies)
    {
        var gen = Gen.Constant(ImmutableArray<ItemSpec>.Empty);
        for (var i = 0; i < count; i++)
        {
            var index = i;
            gen = gen.SelectMany(list => ItemGen(index, list, dependencies).Select(list.Add));
        }
        return gen;
    }

    public static Gen<TemplateSpec> TemplateGen(bool dependencies) =>
        from count in Gen.Choose(1, 3)
        from sizes in Gen.ArrayOf(Gen.Choose(1, 5), count)
        from items in ItemsGen(sizes.Sum(), dependencies)
        from min in Gen.Choose(-10, 10)
        from span in Gen.Choose(1, 100)
        select new TemplateSpec(Split(items, sizes), min, min + span);

    private static ImmutableArray<ImmutableArray<ItemSpec>> Split(ImmutableArray<ItemSpec> items, IReadOnlyList<int> sizes)
    {
        var result = ImmutableArray.CreateBuilder<ImmutableArray<ItemSpec>>();
        var at = 0;
        foreach (var size in sizes)
        {
            result.Add([.. items.Skip(at).Take(size)]);
            at += size;
        }
        return result.ToImmutable();
    }

    /// <summary>Answers in template order: items that apply (given earlier answers) are answered, left out, or answered n/a.</summary>
    public static Gen<ImmutableArray<ResponseSpec>> ResponsesGen(TemplateSpec spec)
    {
        var items = spec.Items;
        var gen = Gen.Constant(ImmutableArray<ResponseSpec>.Empty);
        for (var i = 0; i < items.Length; i++)
        {
            var index = i;
            var item = items[i];
            var options = ChecklistGen.Options(item.Scale);
            gen = gen.SelectMany(list =>
            {
                var applies = item.DependsOn is not { } d || list.Any(r => r.Item == d && r.Answer == item.DependsAnswer);
                if (!applies)
                {
                    return Gen.Constant(list);
                }
                var answer = Gen.Frequency(
                    (1, Gen.Constant<string?>(null)),
                    (5, Gen.Elements(options).Select(o => (string?)o)),
                    (ChecklistGen.HasNotApplicable(item.Scale) ? 1 : 0, Gen.Constant<string?>("n/a")));
                return from a in answer
                       from e in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Gen.Choose(1, 99).Select(n => (string?)("ev" + n.ToString(CultureInfo.InvariantCulture)))))
                       select a is null ? list : list.Add(new ResponseSpec(index, a, e));
            });
        }
        return gen;
    }

    public static Gen<ChecklistCase> CaseGen() =>
        from spec in TemplateGen(dependencies: true)
        from responses in ResponsesGen(spec)
        select new ChecklistCase(spec, responses);

    public static Arbitrary<ChecklistCase> Cases() => Arb.From(CaseGen(), ShrinkCase);

    /// <summary>Shrinks towards fewer responses, unit weights and fewer items, keeping the case valid.</summary>
    public static IEnumerable<ChecklistCase> ShrinkCase(ChecklistCase c)
    {
        var items = c.Spec.Items;
        foreach (var r in c.Responses)
        {
            // A response others depend on stays: removing it would leave their answers to items that do not apply.
            if (!c.Responses.Any(o => items[o.Item].DependsOn == r.Item))
            {
                yield return c with { Responses = c.Responses.Remove(r) };
            }
        }
        for (var s = 0; s < c.Spec.Sections.Length; s++)
        {
            var section = c.Spec.Sections[s];
            for (var i = 0; i < section.Length; i++)
            {
                if (section[i].Weight != 1m)
                {
                    yield return c with { Spec = c.Spec with { Sections = c.Spec.Sections.SetItem(s, section.SetItem(i, section[i] with { Weight = 1m })) } };
                }
            }
        }
        // The last item goes when nothing answers it (nothing can depend on the last item).
        var last = items.Length - 1;
        if (last > 0 && !c.Responses.Any(r => r.Item == last))
        {
            var lastSection = c.Spec.Sections[^1];
            var sections = lastSection.Length == 1 ? c.Spec.Sections.RemoveAt(c.Spec.Sections.Length - 1) : c.Spec.Sections.SetItem(c.Spec.Sections.Length - 1, lastSection.RemoveAt(lastSection.Length - 1));
            yield return c with { Spec = c.Spec with { Sections = sections } };
        }
    }

    public static Gen<MigrationCase> MigrationGen() =>
        from spec in TemplateGen(dependencies: false)
        from fates in Gen.ArrayOf(Gen.Elements(Enum.GetValues<Fate>()), spec.Items.Length)
        from responses in ResponsesGen(spec)
        select new MigrationCase(spec, [.. fates], responses);

    public static Arbitrary<MigrationCase> Migrations() => Arb.From(MigrationGen(), ShrinkMigration);

    /// <summary>Shrinks towards fewer responses and items that are simply kept.</summary>
    public static IEnumerable<MigrationCase> ShrinkMigration(MigrationCase m)
    {
        foreach (var r in m.Responses)
        {
            yield return m with { Responses = m.Responses.Remove(r) };
        }
        for (var i = 0; i < m.Fates.Length; i++)
        {
            if (m.Fates[i] != Fate.Keep)
            {
                yield return m with { Fates = m.Fates.SetItem(i, Fate.Keep) };
            }
        }
    }
}
