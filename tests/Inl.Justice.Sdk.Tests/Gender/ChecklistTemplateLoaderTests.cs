using System.Text.Json.Nodes;
using Inl.Justice.Gender.Checklists;
using Inl.Justice.RulePacks;
using Xunit;
using static Inl.Justice.Tests.Gender.ChecklistFixtures;

namespace Inl.Justice.Tests.Gender;

/// <summary>Each validation rule of a template produces a problem at the right JSON path; all problems come at once.</summary>
public sealed class ChecklistTemplateLoaderTests
{
    [Fact]
    public void The_fixture_loads_with_its_structure()
    {
        Assert.Equal("xx-test-checklist@1.0.0", Template.Header.Key);
        Assert.Equal(["S1", "S2"], Template.Sections.Select(s => s.Id));
        Assert.Equal(["A1", "A2", "A3", "B1", "B2", "B3"], Template.Items.Select(i => i.Id));
        Assert.True(Template.TryGetItem("A3", out var a3));
        Assert.Equal(("maturity", 3m, 0.6m, Importance.Medium), (a3.Scale.Id, a3.Weight, a3.Target, a3.Importance));
        Assert.True(Template.TryGetItem("A2", out var a2));
        Assert.Equal((1m, 1m, "Nelson Mandela Rules, rule 7"), (a2.Weight, a2.Target, a2.Supplements));
        Assert.True(Template.TryGetItem("B2", out var b2));
        Assert.Equal("B1", b2.AppliesWhen!.Item);
        Assert.Equal(MarkerRole.PrincipalObjective, b2.Marker);
        Assert.False(Template.TryGetItem("B3", out var b3) && b3.Required);
        Assert.Equal(Pillar.CrossCutting, Template.Section("S2").Pillar);
        Assert.Equal(ChecklistTemplate.Kind, ChecklistTemplate.PackKind);
    }

    public static TheoryData<string, string, string> Faults() => new()
    {
        { "duplicate-section", "$.sections[1].id", "duplicate section id 'S1'" },
        { "duplicate-item", "$.sections[1].items[0].id", "duplicate item id 'A1'" },
        { "bad-item-id", "$.sections[0].items[0].id", "not a reference id" },
        { "unknown-scale", "$.sections[0].items[1].scale", "unknown scale 'likert'" },
        { "unknown-default-scale", "$.defaultScale", "unknown scale 'likert'" },
        { "fraction", "$.answerScales[0].options[1].fraction", "within [0, 1], not 1.5" },
        { "duplicate-option", "$.answerScales[0].options[1].value", "duplicate value 'met'" },
        { "na-is-option", "$.answerScales[0].notApplicable.value", "also an option" },
        { "weight", "$.sections[0].items[0].weight", "must be above 0 and at most 1000000, not 0" },
        { "huge-weight", "$.sections[0].items[0].weight", "at most 1000000, not 50000000000000000000000000000" },
        { "huge-scale", "$.scoreScale.min", "lies within ±1000000000, not -70000000000000000000000000000" },
        { "screening-marker", "$.sections[0].items[0].marker", "a screening item (scored: false) cannot be an OECD-DAC MinimumCriterion" },
        { "target", "$.sections[0].items[2].target", "within [0, 1], not -0.1" },
        { "default-target", "$.defaultTarget", "within [0, 1], not 2" },
        { "depends-unknown", "$.sections[1].items[1].appliesWhen.item", "unknown item 'ZZ'" },
        { "depends-self", "$.sections[1].items[1].appliesWhen.item", "cannot depend on itself" },
        { "depends-cycle", "$.sections[1].items[0].appliesWhen.item", "dependency cycle: B1 → B2 → B1" },
        { "answer-in", "$.sections[1].items[1].appliesWhen.answerIn[0]", "'maybe' is not an answer of B1's scale 'yes-no'" },
        { "answer-in-na", "$.sections[1].items[1].appliesWhen.answerIn[0]", "never makes another item apply" },
        { "missing-default-language", "$.sections[0].items[0].text", "default language 'en' is missing" },
        { "undeclared-language", "$.sections[0].items[0].text.de", "not declared in $.languages" },
        { "bad-language-tag", "$.languages[2]", "'FR' is not a language tag" },
        { "default-not-first", "$.languages", "must be listed first" },
        { "blank-text", "$.name.es", "must not be blank" },
        { "scale-range", "$.scoreScale.max", "must be above min (5)" },
        { "migration-to-unknown", "$.migrations[0].changes[0].to[0]", "'X-9' is not an item of this version" },
        { "migration-from-later", "$.migrations[0].from", "1.0.0 is not earlier than this version 1.0.0" },
        { "migration-split-arity", "$.migrations[0].changes[0].to", "a split names at least two new items" },
        { "migration-removed-reason", "$.migrations[0].changes[0].reason", "a removal must say why" },
        { "unknown-source", "$.sections[0].items[0].citation.source", "unknown source 'nope'" },
        { "bad-pillar", "$.sections[0].pillar", "'Prisons' is not one of" },
        { "wrong-kind", "$.header.kind", "reads 'checklist-template' packs" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Each_rule_reports_a_problem_at_its_path(string fault, string path, string message)
    {
        var t = TemplateJson();
        var items0 = t["sections"]![0]!["items"]!;
        var items1 = t["sections"]![1]!["items"]!;
        switch (fault)
        {
            case "duplicate-section": t["sections"]![1]!["id"] = "S1"; break;
            case "duplicate-item": items1[0]!["id"] = "A1"; break;
            case "bad-item-id": items0[0]!["id"] = "A 1"; break;
            case "unknown-scale": items0[1]!["scale"] = "likert"; break;
            case "unknown-default-scale": t["defaultScale"] = "likert"; break;
            case "fraction": t["answerScales"]![0]!["options"]![1]!["fraction"] = 1.5; break;
            case "duplicate-option": t["answerScales"]![0]!["options"]![1]!["value"] = "met"; break;
            case "na-is-option": t["answerScales"]![0]!["notApplicable"]!["value"] = "met"; break;
            case "weight": items0[0]!["weight"] = 0; break;
            case "huge-weight": items0[0]!["weight"] = 5e28m; break; // would overflow decimal sums when scored
            case "huge-scale": t["scoreScale"]!["min"] = -7e28m; break;
            case "screening-marker": items0[0]!["scored"] = false; break; // A1 is a minimum criterion
            case "target": items0[2]!["target"] = -0.1; break;
            case "default-target": t["defaultTarget"] = 2; break;
            case "depends-unknown": items1[1]!["appliesWhen"]!["item"] = "ZZ"; break;
            case "depends-self": items1[1]!["appliesWhen"]!["item"] = "B2"; break;
            case "depends-cycle": items1[0]!["appliesWhen"] = new JsonObject { ["item"] = "B2", ["answerIn"] = new JsonArray("met") }; break;
            case "answer-in": items1[1]!["appliesWhen"]!["answerIn"]![0] = "maybe"; break;
            case "answer-in-na":
                items1[1]!["appliesWhen"]!["item"] = "A1";
                items1[1]!["appliesWhen"]!["answerIn"]![0] = "n/a";
                break;
            case "missing-default-language": items0[0]!["text"] = new JsonObject { ["es"] = "Texto" }; break;
            case "undeclared-language": items0[0]!["text"]!["de"] = "Text"; break;
            case "bad-language-tag": t["languages"]![2] = "FR"; break;
            case "default-not-first": t["languages"] = new JsonArray("es", "en", "fr"); break;
            case "blank-text": t["name"]!["es"] = " "; break;
            case "scale-range": t["scoreScale"]!["min"] = 5; break;
            case "migration-to-unknown": t["migrations"] = Migration("0.9.0", new JsonObject { ["kind"] = "Renamed", ["from"] = new JsonArray("X-1"), ["to"] = new JsonArray("X-9") }); break;
            case "migration-from-later": t["migrations"] = Migration("1.0.0", new JsonObject { ["kind"] = "Renamed", ["from"] = new JsonArray("X-1"), ["to"] = new JsonArray("A1") }); break;
            case "migration-split-arity": t["migrations"] = Migration("0.9.0", new JsonObject { ["kind"] = "Split", ["from"] = new JsonArray("X-1"), ["to"] = new JsonArray("A1") }); break;
            case "migration-removed-reason": t["migrations"] = Migration("0.9.0", new JsonObject { ["kind"] = "Removed", ["from"] = new JsonArray("X-1") }); break;
            case "unknown-source": items0[0]!["citation"]!["source"] = "nope"; break;
            case "bad-pillar": t["sections"]![0]!["pillar"] = "Prisons"; break;
            case "wrong-kind": t["header"]!["kind"] = "review-schedule"; break;
        }
        var loaded = ChecklistTemplate.TryLoad(Bytes(t), "t.json");
        Assert.False(loaded.IsValid);
        Assert.Contains(loaded.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal) && p.Source == "t.json");
    }

    private static JsonArray Migration(string from, JsonObject change) =>
        new(new JsonObject { ["from"] = from, ["changes"] = new JsonArray(change) });

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var t = TemplateJson();
        t["sections"]![0]!["items"]![0]!["weight"] = -1;
        t["sections"]![0]!["items"]![1]!["scale"] = "likert";
        t["answerScales"]![0]!["options"]![2]!["fraction"] = 7;
        t["sections"]![1]!["items"]![1]!["appliesWhen"]!["item"] = "ZZ";
        t["name"]!.AsObject().Remove("en");
        var problems = ChecklistTemplate.TryLoad(Bytes(t)).Problems.Select(p => p.Path).ToList();
        Assert.Equal(
            ["$.answerScales[0].options[2].fraction", "$.name", "$.sections[0].items[0].weight", "$.sections[0].items[1].scale", "$.sections[1].items[1].appliesWhen.item"],
            problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Structural_faults_are_reported_with_paths_before_the_rules()
    {
        var t = TemplateJson();
        t["sections"]![0]!["items"]![0]!["weight"] = "2";
        t["sections"]![0]!["items"]![1]!["colour"] = "red";
        t["sections"]![1]!["items"]![0]!.AsObject().Remove("citation");
        var problems = ChecklistTemplate.TryLoad(Bytes(t)).Problems;
        Assert.Contains(problems, p => p.Path == "$.sections[0].items[0].weight" && p.Message.Contains("expected a number", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.sections[0].items[1].colour");
        Assert.Contains(problems, p => p.Path == "$.sections[1].items[0]" && p.Message.Contains("'citation'", StringComparison.Ordinal));
    }

    [Fact]
    public void Syntax_errors_have_a_line()
    {
        var problem = Assert.Single(ChecklistTemplate.TryLoad("{\n \"header\": ,\n}"u8.ToArray(), "t.json").Problems);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Migrations_are_compiled()
    {
        var t = TemplateJson();
        t["header"]!["version"] = "2.0.0";
        t["migrations"] = new JsonArray(new JsonObject
        {
            ["from"] = "1.0.0",
            ["changes"] = new JsonArray(
                new JsonObject { ["kind"] = "Renamed", ["from"] = new JsonArray("X"), ["to"] = new JsonArray("A1") },
                new JsonObject { ["kind"] = "Removed", ["from"] = new JsonArray("D"), ["reason"] = "obsolete" }),
        });
        var template = ChecklistTemplate.Load(Bytes(t));
        var m = Assert.Single(template.Migrations);
        Assert.Equal(PackVersion.Parse("1.0.0"), m.From);
        Assert.Equal([ItemChangeKind.Renamed, ItemChangeKind.Removed], m.Changes.Select(c => c.Kind));
        Assert.Equal("obsolete", m.Changes[1].Reason);
    }

    [Fact]
    public void Every_embedded_checklist_template_loads_and_is_fully_written_in_its_default_language()
    {
        var headers = RulePackCatalog.Default.Packs.Where(h => h.Kind == ChecklistTemplate.Kind).ToList();
        Assert.NotEmpty(headers);
        foreach (var h in headers)
        {
            var loaded = ChecklistTemplate.TryLoad(RulePackCatalog.EmbeddedJson(h.Id), h.Id);
            Assert.True(loaded.IsValid, string.Join("\n", loaded.Problems));
            var template = RulePackCatalog.Default.Get<ChecklistTemplate>(h.Id, h.Version);
            var coverage = template.TranslationCoverage().Single(c => c.Language == template.DefaultLanguage);
            Assert.True(coverage.IsComplete, $"{h.Key}: {string.Join(", ", coverage.Missing)}");
            Assert.Equal(1m, coverage.Share);
        }
    }
}
