using System.Text.Json.Nodes;
using Inl.Justice.Common;
using Inl.Justice.Gender.Checklists;
using Inl.Justice.RulePacks;
using Xunit;
using static Inl.Justice.Tests.Gender.ChecklistFixtures;

namespace Inl.Justice.Tests.Gender;

/// <summary>Migrations between versions of the fixture template: 1.0.0 → 1.1.0 (A2 renamed A2x) → 2.0.0 (A3 split, A1 + A2x merged, B3 removed).</summary>
public sealed class MigrationTests
{
    private static JsonObject Item(string id, string scale = "compliance", string importance = "High") => new JsonObject
    {
        ["id"] = id,
        ["citation"] = new JsonObject { ["provision"] = "Provision of " + id, ["verification"] = "Unverified" },
        ["text"] = new JsonObject { ["en"] = "Text of " + id },
        ["importance"] = importance,
        ["scale"] = scale,
    };

    private static JsonObject Change(string kind, string[] from, string[]? to = null, string? reason = null)
    {
        var c = new JsonObject { ["kind"] = kind, ["from"] = new JsonArray([.. from.Select(f => (JsonNode)f)]) };
        if (to is not null) c["to"] = new JsonArray([.. to.Select(t => (JsonNode)t)]);
        if (reason is not null) c["reason"] = reason;
        return c;
    }

    public static byte[] V110()
    {
        var t = TemplateJson();
        t["header"]!["version"] = "1.1.0";
        t["sections"]![0]!["items"]![1]!["id"] = "A2x";
        t["migrations"] = new JsonArray(new JsonObject { ["from"] = "1.0.0", ["changes"] = new JsonArray(Change("Renamed", ["A2"], ["A2x"])) });
        return Bytes(t);
    }

    public static byte[] V200()
    {
        var t = TemplateJson();
        t["header"]!["version"] = "2.0.0";
        t["sections"]![0]!["items"] = new JsonArray(Item("AM", importance: "Critical"), Item("A3a", "maturity"), Item("A3b", "maturity"));
        t["sections"]![1]!["items"]!.AsArray().RemoveAt(2);
        t["migrations"] = new JsonArray(new JsonObject
        {
            ["from"] = "1.1.0",
            ["changes"] = new JsonArray(
                Change("Split", ["A3"], ["A3a", "A3b"]),
                Change("Merged", ["A1", "A2x"], ["AM"]),
                Change("Removed", ["B3"], reason: "moved to the training checklist")),
        });
        return Bytes(t);
    }

    private static readonly RulePackCatalog Catalog = RulePackCatalog.Empty
        .With(Bytes(TemplateJson()), "v1").With(V110(), "v110").With(V200(), "v200");

    private static Assessment V1() => Assessment(
        R("A1", "met", "Admission policy"), R("A2", "partly", "Register lacks a column") with { References = ["reg-2026"] },
        R("A3", "3"), R("B1", "yes"), R("B2", "not-met"), R("B3", "partly", "Two of five trained"));

    [Fact]
    public void Same_version_is_the_identity_with_no_notes()
    {
        var a = V1();
        var result = ChecklistMigration.Migrate(a, Template);
        Assert.Same(a, result.Assessment);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void A_rename_carries_the_response_and_says_so()
    {
        var target = ChecklistTemplate.Load(V110());
        var result = ChecklistMigration.Migrate(V1(), target);
        Assert.Equal("xx-test-checklist@1.1.0", result.Assessment.TemplateKey);
        Assert.Equal(new ChecklistResponse("A2x", "partly", "Register lacks a column", ["reg-2026"]), result.Assessment.ResponseTo("A2x"));
        Assert.Null(result.Assessment.ResponseTo("A2"));
        Assert.Contains(result.Notes, n => n.Kind == MigrationNoteKind.Renamed && n.From.SequenceEqual(["A2"]) && n.To.SequenceEqual(["A2x"]));
        Assert.Equal(5, result.Notes.Count(n => n.Kind == MigrationNoteKind.Unchanged));
        Assert.Empty(target.Validate(result.Assessment));
    }

    [Fact]
    public void A_chain_through_the_catalogue_splits_merges_and_reports_removals()
    {
        var target = Catalog.Get<ChecklistTemplate>(Id, PackVersion.Parse("2.0.0"));
        var result = ChecklistMigration.Migrate(V1(), target, Catalog);
        Assert.Equal(["1.0.0", "1.1.0", "2.0.0"], result.Steps.Select(s => s.ToString()));
        var migrated = result.Assessment;
        Assert.Equal("xx-test-checklist@2.0.0", migrated.TemplateKey);
        // Split: A3's answer "3" copied to both parts.
        Assert.Equal("3", migrated.ResponseTo("A3a")!.Answer);
        Assert.Equal("3", migrated.ResponseTo("A3b")!.Answer);
        // Merged: A1 met (1) and A2x partly (0.5): the lowest wins; evidence of both kept with their items; references united.
        var am = migrated.ResponseTo("AM")!;
        Assert.Equal("partly", am.Answer);
        Assert.Equal("[A1] Admission policy\n[A2x] Register lacks a column", am.Evidence);
        Assert.Equal(["reg-2026"], am.References.ToArray());
        // Removed: B3 not carried, reported with the reason and its answer and evidence.
        Assert.Null(migrated.ResponseTo("B3"));
        var removed = Assert.Single(result.NotCarried);
        Assert.Equal(MigrationNoteKind.Removed, removed.Kind);
        Assert.Contains("moved to the training checklist", removed.Message, StringComparison.Ordinal);
        Assert.Contains("Two of five trained", removed.Message, StringComparison.Ordinal);
        // Responses in the new template order.
        Assert.Equal(["AM", "A3a", "A3b", "B1", "B2"], migrated.Responses.Select(r => r.Item));
        Assert.Empty(target.Validate(migrated));
        // Every response of each step's input has a note of that step.
        Assert.All(V1().Responses, r => Assert.Contains(result.Notes, n => n.FromVersion.ToString() == "1.0.0" && n.From.Contains(r.Item)));
    }

    [Fact]
    public void Without_the_intermediate_version_there_is_no_chain()
    {
        var target = ChecklistTemplate.Load(V200());
        var failed = ChecklistMigration.TryMigrate(V1(), target);
        var problem = Assert.Single(failed.Problems);
        Assert.Equal("$.template", problem.Path);
        Assert.Contains("no chain of migrations leads from xx-test-checklist@1.0.0 to xx-test-checklist@2.0.0", problem.Message, StringComparison.Ordinal);
        Assert.Throws<RulePackException>(() => ChecklistMigration.Migrate(V1(), target));
    }

    [Fact]
    public void Backwards_or_to_another_template_is_refused()
    {
        var v110 = ChecklistTemplate.Load(V110());
        var later = ChecklistMigration.Migrate(V1(), v110).Assessment;
        Assert.Contains("back to the earlier", Assert.Single(ChecklistMigration.TryMigrate(later, Template).Problems).Message, StringComparison.Ordinal);
        var other = later with { TemplateId = "xx-other-checklist" };
        Assert.False(ChecklistMigration.TryMigrate(other, v110).IsValid);
    }

    [Fact]
    public void Unmapped_items_and_answers_outside_the_new_scale_are_reported_not_carried()
    {
        var t = TemplateJson();
        t["header"]!["version"] = "1.2.0";
        t["sections"]![1]!["items"]!.AsArray().RemoveAt(2);                       // B3 gone, no change says so
        t["sections"]![1]!["items"]![0]!["id"] = "B1c";                             // B1 renamed…
        t["sections"]![1]!["items"]![0]!["scale"] = "compliance";                   // …onto a scale without "yes"
        t["sections"]![1]!["items"]![1]!["appliesWhen"]!["item"] = "B1c";
        t["sections"]![1]!["items"]![1]!["appliesWhen"]!["answerIn"]![0] = "met";
        t["migrations"] = new JsonArray(new JsonObject { ["from"] = "1.0.0", ["changes"] = new JsonArray(Change("Renamed", ["B1"], ["B1c"])) });
        var result = ChecklistMigration.Migrate(V1(), ChecklistTemplate.Load(Bytes(t)));
        Assert.Contains(result.NotCarried, n => n.Kind == MigrationNoteKind.Unmapped && n.From.SequenceEqual(["B3"]) && n.Message.Contains("'partly'", StringComparison.Ordinal));
        Assert.Contains(result.NotCarried, n => n.Kind == MigrationNoteKind.AnswerOutsideScale && n.From.SequenceEqual(["B1"]) && n.Message.Contains("answer B1c again", StringComparison.Ordinal));
        Assert.Null(result.Assessment.ResponseTo("B1c"));
        // B2 applies when B1c is met; B1c has no answer, so B2's answer is reported rather than left invalid.
        Assert.Contains(result.NotCarried, n => n.Kind == MigrationNoteKind.DoesNotApply && n.From.SequenceEqual(["B2"]) && n.Message.Contains("B1c is not answered", StringComparison.Ordinal));
        Assert.Equal(3, result.NotCarried.Length);
        Assert.Empty(ChecklistTemplate.Load(Bytes(t)).Validate(result.Assessment, requireComplete: false));
    }

    [Fact]
    public void A_rename_onto_an_id_the_earlier_version_still_used_keeps_the_lower_answer_and_reports_the_other()
    {
        // 1.3.0 drops A1 and (wrongly) renames A2 onto A1's id, which A1's answer also keeps: two answers land on A1.
        var t = TemplateJson();
        t["header"]!["version"] = "1.3.0";
        t["sections"]![0]!["items"]!.AsArray().RemoveAt(1);
        t["migrations"] = new JsonArray(new JsonObject { ["from"] = "1.0.0", ["changes"] = new JsonArray(Change("Renamed", ["A2"], ["A1"])) });
        var target = ChecklistTemplate.Load(Bytes(t));
        var result = ChecklistMigration.Migrate(V1(), target);

        Assert.Equal("partly", result.Assessment.ResponseTo("A1")!.Answer);     // A2's 'partly' is below A1's 'met'
        var lost = Assert.Single(result.NotCarried);
        Assert.Equal((MigrationNoteKind.Superseded, "A1"), (lost.Kind, lost.From[0]));
        Assert.Contains("'met'", lost.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Notes, n => n.IsCarried && n.From.SequenceEqual(["A1"]));
        Assert.All(V1().Responses, r => Assert.Contains(result.Notes, n => n.From.Contains(r.Item)));
    }

    [Fact]
    public void A_migration_that_sends_two_changes_onto_one_item_does_not_load()
    {
        var t = JsonNode.Parse(V200())!;
        t["migrations"]![0]!["changes"]!.AsArray().Add(Change("Renamed", ["Z9"], ["A3a"]));
        var problems = ChecklistTemplate.TryLoad(Bytes(t)).Problems;
        Assert.Contains(problems, p => p.Path == "$.migrations[0].changes[3].to[0]" && p.Message.Contains("already receives answers from $.migrations[0].changes[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_intermediate_version_in_the_catalogue_is_reported_not_skipped()
    {
        var broken = JsonNode.Parse(V110())!;
        broken["sections"]![0]!["items"]![0]!["weight"] = 0;
        var catalog = RulePackCatalog.Empty.With(Bytes(broken), "v110-broken.json").With(V200(), "v200");
        var target = catalog.Get<ChecklistTemplate>(Id, PackVersion.Parse("2.0.0"));
        var problem = Assert.Single(ChecklistMigration.TryMigrate(V1(), target, catalog).Problems);
        Assert.Equal(("v110-broken.json", "$.sections[0].items[0].weight"), (problem.Source, problem.Path));
    }
}
