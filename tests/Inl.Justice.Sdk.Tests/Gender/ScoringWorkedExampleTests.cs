using Inl.Justice.Gender.Checklists;
using Xunit;
using static Inl.Justice.Tests.Gender.ChecklistFixtures;

namespace Inl.Justice.Tests.Gender;

/// <summary>
/// Each scoring model on the fixture template, with the figures worked out by hand.
/// Answers (ChecklistFixtures.Example): A1 met (f 1, w 2), A2 partly (f 0.5, w 1), A3 "3" (f 0.6, w 3);
/// B1 yes (f 1, w 1), B2 not-met (f 0, w 1; applies because B1 = yes), B3 n/a (w 2, excluded).
/// </summary>
public sealed class ScoringWorkedExampleTests
{
    [Fact]
    public void Tri_state_compliance()
    {
        var card = new TriStateCompliance().Score(Template, Example());
        // S1: met = 1 (A1), partly = 2 (A2 0.5, A3 0.6 — anything strictly between 0 and 1), not met = 0
        //     (1 + 0.5 × 2) / (1 + 2 + 0) × 100 = 2 / 3 × 100 = 66.67 %
        Assert.Equal(200m / 3m, card.SectionScoreOf("S1"));
        // S2: met = 1 (B1), not met = 1 (B2); B3 is n/a and leaves the denominator: (1 + 0) / 2 × 100 = 50 %
        Assert.Equal(50m, card.SectionScoreOf("S2"));
        // Overall: met 2, partly 2, not met 1: (2 + 0.5 × 2) / 5 × 100 = 3 / 5 × 100 = 60 %
        Assert.Equal(60m, card.Overall);
        Assert.Equal((5, 1, 0), (card.Answered, card.NotApplicable, card.Missing));
        Assert.Equal((0m, 100m), (card.Min, card.Max));
        Assert.True(card.IsOrdinal);
    }

    [Fact]
    public void Tri_state_partial_credit_is_a_parameter()
    {
        // Partial credit 0: overall (2 + 0 × 2) / 5 × 100 = 40 %; partial credit 1: (2 + 2) / 5 × 100 = 80 %.
        Assert.Equal(40m, new TriStateCompliance(0m).Score(Template, Example()).Overall);
        Assert.Equal(80m, new TriStateCompliance(1m).Score(Template, Example()).Overall);
        Assert.Throws<ArgumentException>(() => new TriStateCompliance(1.5m));
    }

    [Fact]
    public void Weighted_sum_rescaled_to_the_templates_scale()
    {
        var card = new WeightedSum().Score(Template, Example());
        // Score scale 1..5: score = 1 + mean × (5 − 1).
        // S1: (2 × 1 + 1 × 0.5 + 3 × 0.6) / (2 + 1 + 3) = 4.3 / 6 = 0.71666…; 1 + 0.71666… × 4 = 3.86666…
        Assert.Equal(1m + (4.3m / 6m * 4m), card.SectionScoreOf("S1"));
        Assert.Equal(3.8667m, Math.Round(card.SectionScoreOf("S1")!.Value, 4));
        // S2: (1 × 1 + 1 × 0) / (1 + 1) = 0.5; 1 + 0.5 × 4 = 3 (B3, n/a, is out of both sums)
        Assert.Equal(3m, card.SectionScoreOf("S2"));
        // Overall: (4.3 + 1) / (6 + 2) = 5.3 / 8 = 0.6625; 1 + 0.6625 × 4 = 3.65
        Assert.Equal(3.65m, card.Overall);
        Assert.Equal((1m, 5m), (card.Min, card.Max));
    }

    [Fact]
    public void Maturity_stages()
    {
        var card = new MaturityStages().Score(Template, Example());
        // Stage = floor(5 × weighted mean): S1 floor(5 × 0.71666…) = floor(3.58) = 3; S2 floor(5 × 0.5) = floor(2.5) = 2;
        // overall floor(5 × 0.6625) = floor(3.3125) = 3 (from all items, not from the section stages).
        Assert.Equal(3m, card.SectionScoreOf("S1"));
        Assert.Equal(2m, card.SectionScoreOf("S2"));
        Assert.Equal(3m, card.Overall);
        Assert.Equal((0m, 5m), (card.Min, card.Max));
        // Boundaries: a mean of exactly 0.8 is stage 4, just below is stage 3; everything met is stage 5.
        Assert.Equal(4, MaturityStages.Stage(0.8m));
        Assert.Equal(3, MaturityStages.Stage(0.7999m));
        Assert.Equal(5, MaturityStages.Stage(1m));
        Assert.Equal(0, MaturityStages.Stage(0.1999m));
    }

    [Fact]
    public void Oecd_dac_marker_significant()
    {
        // A1 (minimum criterion) met; B2 (principal) not met; B1 (significant) yes → marker 1.
        var card = new OecdDacGenderMarker().Score(Template, Example());
        Assert.Equal(1m, card.Overall);
        Assert.False(card.IsOrdinal);
        Assert.All(card.Sections, s => Assert.Null(s.Score));
        Assert.Contains("significant objective met: B1", Assert.Single(card.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Oecd_dac_marker_principal_and_not_targeted()
    {
        // B2 (principal objective) met as well → marker 2.
        var principal = Assessment(R("A1", "met"), R("A2", "partly"), R("A3", "3"), R("B1", "yes"), R("B2", "met"));
        Assert.Equal(2m, new OecdDacGenderMarker().Score(Template, principal).Overall);
        // The minimum criterion A1 only partly met → 0 whatever the objectives, and the reason names A1.
        var failed = Assessment(R("A1", "partly"), R("B1", "yes"), R("B2", "met"));
        var card = new OecdDacGenderMarker().Score(Template, failed);
        Assert.Equal(0m, card.Overall);
        Assert.Contains("minimum criterion A1 (Bangkok Rules, rule 2) is 'partly', not fully met", card.Reasons);
        // A minimum criterion cannot be waived by "not applicable".
        var waived = Assessment(R("A1", "n/a"), R("B1", "yes"), R("B2", "met"));
        Assert.Equal(0m, new OecdDacGenderMarker().Score(Template, waived).Overall);
        // Minimum criteria met but no objective met → 0 with its reason.
        var none = Assessment(R("A1", "met"), R("B1", "no"));
        var noneCard = new OecdDacGenderMarker().Score(Template, none);
        Assert.Equal(0m, noneCard.Overall);
        Assert.Contains("no significant- or principal-objective item is met", Assert.Single(noneCard.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_with_nothing_scored_has_no_score_not_zero()
    {
        // Only S1 answered; S2's B1 unanswered, so B2 does not apply; B3 unanswered.
        var a = Assessment(R("A1", "met"));
        foreach (var model in ScoringModels.All.Where(m => m.Name != OecdDacGenderMarker.ModelName))
        {
            var card = model.Score(Template, a);
            Assert.Null(card.SectionScoreOf("S2"));
            Assert.NotNull(card.SectionScoreOf("S1"));
        }
        var counts = new WeightedSum().Score(Template, a);
        // Answered A1; n/a: B2 (does not apply); missing: A2, A3, B1, B3.
        Assert.Equal((1, 1, 4), (counts.Answered, counts.NotApplicable, counts.Missing));
    }

    [Fact]
    public void Models_are_found_by_name_and_refuse_another_version()
    {
        Assert.Equal(["tri-state", "weighted", "maturity", "oecd-dac"], ScoringModels.Names.ToArray());
        Assert.True(ScoringModels.TryGet("maturity", out var m));
        Assert.IsType<MaturityStages>(m);
        Assert.False(ScoringModels.TryGet("Maturity", out _));
        Assert.Throws<ArgumentException>(() => new WeightedSum().Score(Template, Assessment("1.1.0", R("A1", "met"))));
    }

    [Fact]
    public void Score_card_json_has_sections_with_localized_titles()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(new WeightedSum().Score(Template, Example()).ToJson("es"))!;
        Assert.Equal("weighted", (string)json["model"]!);
        Assert.Equal(3.8667m, (decimal)json["sections"]![0]!["score"]!);
        Assert.Equal("Ingreso", (string)json["sections"]![0]!["title"]!);
        Assert.Equal("Programme design", (string)json["sections"]![1]!["title"]!);   // no Spanish: falls back to English
    }
}
