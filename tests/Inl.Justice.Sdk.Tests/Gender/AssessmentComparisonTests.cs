using Inl.Justice.Gender.Checklists;
using Inl.Justice.RulePacks;
using Xunit;
using static Inl.Justice.Tests.Gender.ChecklistFixtures;

namespace Inl.Justice.Tests.Gender;

public sealed class AssessmentComparisonTests
{
    [Fact]
    public void Items_are_improved_regressed_unchanged_newly_or_no_longer_answered_with_section_deltas()
    {
        var before = Assessment(R("A1", "partly"), R("A2", "met"), R("A3", "3"), R("B1", "yes"), R("B3", "n/a"));
        var after = Assessment(R("A1", "met"), R("A2", "partly"), R("A3", "3"), R("B1", "yes"), R("B2", "met"), R("B3", "n/a")) with { Id = "T-2" };
        var c = AssessmentComparison.Compare(Template, before, after);
        var outcomes = c.Items.ToDictionary(i => i.Item, i => i.Outcome);
        Assert.Equal(ComparisonOutcome.Improved, outcomes["A1"]);
        Assert.Equal(ComparisonOutcome.Regressed, outcomes["A2"]);
        Assert.Equal(ComparisonOutcome.Unchanged, outcomes["A3"]);
        Assert.Equal(ComparisonOutcome.NewlyAnswered, outcomes["B2"]);
        Assert.Equal(ComparisonOutcome.Unchanged, outcomes["B3"]);   // n/a both times
        Assert.Equal(1, c.Count(ComparisonOutcome.Improved));
        // Weighted (scale 1..5). S1 before: (2×0.5 + 1×1 + 3×0.6)/6 = 3.8/6; after (2×1 + 1×0.5 + 3×0.6)/6 = 4.3/6;
        // delta = (4.3 − 3.8)/6 × 4 = 0.5/6 × 4 = 0.3333…
        var s1 = c.Sections.Single(s => s.Section == "S1");
        Assert.Equal(0.3333m, Math.Round(s1.Delta!.Value, 4));
        // In JSON the figures are rounded and the delta is after − before of the rounded figures, so they add up.
        var json = System.Text.Json.Nodes.JsonNode.Parse(c.ToJson())!["sections"]!.AsArray().Single(x => (string?)x!["section"] == "S1")!;
        Assert.Equal((decimal)json["after"]! - (decimal)json["before"]!, (decimal)json["delta"]!);
        // S2 before: B1 only = 1 → 5; after B1 1, B2 1 → 5; delta 0.
        Assert.Equal(0m, c.Sections.Single(s => s.Section == "S2").Delta);
        Assert.Empty(c.Migration);
    }

    [Fact]
    public void Two_institutions_or_a_later_assessment_dated_first_are_not_compared()
    {
        // A comparison reads as one institution's progress: comparing two prisons, or the years the wrong way round, would
        // report improvements that did not happen.
        var before = Assessment(R("A1", "partly"));
        var other = Assessment(R("A1", "met")) with { Institution = "Another prison" };
        Assert.Equal("$.institution", Assert.Single(AssessmentComparison.TryCompare(Template, before, other).Problems).Path);
        var earlier = Assessment(R("A1", "met")) with { Date = before.Date.PlusYears(-1) };
        var problem = Assert.Single(AssessmentComparison.TryCompare(Template, before, earlier).Problems);
        Assert.Equal("$.date", problem.Path);
        Assert.Contains("swap them", problem.Message, StringComparison.Ordinal);
        Assert.True(AssessmentComparison.TryCompare(Template, earlier, before).IsValid);
    }

    [Fact]
    public void No_longer_answered_and_categorical_models_have_no_delta()
    {
        var before = Assessment(R("A1", "met"), R("B1", "yes"), R("B2", "met"));
        var after = Assessment(R("A1", "met"), R("B1", "yes"));
        var c = AssessmentComparison.Compare(Template, before, after, new OecdDacGenderMarker());
        Assert.Equal(ComparisonOutcome.NoLongerAnswered, c.Items.Single(i => i.Item == "B2").Outcome);
        Assert.Equal((2m, 1m), (c.Overall.Before!.Value, c.Overall.After!.Value));
        Assert.Null(c.Overall.Delta);   // 2 → 1 is a change of category, not a regression
    }

    [Fact]
    public void The_earlier_assessment_is_migrated_to_the_later_version_and_the_notes_come_along()
    {
        var catalog = RulePackCatalog.Empty.With(Bytes(TemplateJson())).With(MigrationTests.V110()).With(MigrationTests.V200());
        var v2 = catalog.Get<ChecklistTemplate>(Id, PackVersion.Parse("2.0.0"));
        var before = Assessment(R("A1", "met"), R("A2", "not-met"), R("A3", "2"), R("B1", "yes"), R("B2", "partly"), R("B3", "met"));
        var after = Assessment("2.0.0", R("AM", "partly"), R("A3a", "4"), R("A3b", "2"), R("B1", "yes"), R("B2", "met"));
        var c = AssessmentComparison.Compare(v2, before, after, new TriStateCompliance(), catalog);
        Assert.Equal("xx-test-checklist@2.0.0", c.Before.TemplateKey);
        var outcomes = c.Items.ToDictionary(i => i.Item, i => i.Outcome);
        Assert.Equal(ComparisonOutcome.Improved, outcomes["AM"]);       // merged A1 met + A2 not-met → not-met (0) → partly
        Assert.Equal(ComparisonOutcome.Improved, outcomes["A3a"]);      // "2" → "4"
        Assert.Equal(ComparisonOutcome.Unchanged, outcomes["A3b"]);     // "2" → "2"
        Assert.Contains(c.Migration, n => n.Kind == MigrationNoteKind.Removed && n.From.Contains("B3"));
        var json = System.Text.Json.Nodes.JsonNode.Parse(c.ToJson())!;
        Assert.Equal("tri-state", (string)json["model"]!);
        Assert.NotEmpty(json["migration"]!.AsArray());
    }

    [Fact]
    public void The_later_assessment_must_answer_the_template()
    {
        var failed = AssessmentComparison.TryCompare(Template, Example(), Assessment("2.0.0", R("A1", "met")));
        Assert.Equal("$.template", Assert.Single(failed.Problems).Path);
    }
}
