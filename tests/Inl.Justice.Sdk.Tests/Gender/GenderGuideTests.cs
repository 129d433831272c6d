using Inl.Justice.Gender.Checklists;
using Xunit;

namespace Inl.Justice.Tests.Gender;

/// <summary>The opening example of docs/gender.md, compiled and checked against the figures the guide quotes.</summary>
public sealed class GenderGuideTests
{
    [Fact]
    public void The_guide_round_trip_gives_what_the_guide_says()
    {
        var template = ChecklistTemplate.LoadFile(TestData.RepoFile("docs/examples/checklist-template.json"));
        var assessment = Assessment.TryLoadFile(TestData.RepoFile("docs/examples/checklist-assessment-2026.json")).Value;

        Assert.Empty(template.Validate(assessment));
        ScoreCard card = new WeightedSum().Score(template, assessment);
        Assert.Equal(3.65m, card.Overall);
        GapReport gaps = GapReport.Create(template, assessment, "es");
        Assert.Equal(["A2", "B2"], gaps.Gaps.Select(g => g.Item));
        byte[] plan = (gaps with { Gaps = [gaps.Gaps[0] with { Action = "Add a children column", Owner = "Registry" }, .. gaps.Gaps[1..]] }).ToJson();
        Assert.Equal("Registry", GapReport.TryLoad(plan).Value.Gaps[0].Owner);

        var before = Assessment.TryLoadFile(TestData.RepoFile("docs/examples/checklist-assessment-2025.json")).Value;
        var change = AssessmentComparison.Compare(template, before, assessment);
        var outcomes = change.Items.ToDictionary(i => i.Item, i => i.Outcome);
        Assert.Equal((ComparisonOutcome.Improved, ComparisonOutcome.Regressed, ComparisonOutcome.NewlyAnswered), (outcomes["A1"], outcomes["A2"], outcomes["B2"]));
        var s1 = change.Sections.Single(s => s.Section == "S1");
        Assert.Equal((3.53m, 3.87m, 0.33m), (Math.Round(s1.Before!.Value, 2), Math.Round(s1.After!.Value, 2), Math.Round(s1.Delta!.Value, 2)));

        Assert.Equal(["en 15/15", "es 6/15", "fr 5/15"], template.TranslationCoverage().Select(c => $"{c.Language} {c.Translated}/{c.Total}"));
        Assert.Equal(["A1", "A2", "A3", "B1", "B2", "B3"], ChecklistTemplate.LoadFile(TestData.RepoFile("docs/examples/checklist-template.json")).Items.Select(i => i.Id));
    }
}
