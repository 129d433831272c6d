using System.Globalization;
using Inl.Justice.Common;
using Inl.Justice.Gender.Checklists;
using Inl.Justice.RulePacks;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.Gender;

/// <summary>
/// The checklist templates the SDK ships (docs/gender-templates.md) and the example assessments in docs/examples: what a
/// ministry relies on when it picks a bundled template instead of writing its own.
/// </summary>
public sealed class BundledChecklistTests
{
    private const string Bangkok = "un-bangkok-rules-checklist";
    private const string ProgrammeDesign = "inl-programme-gender-design-checklist";
    private const string SelfAssessment = "inl-institution-gender-self-assessment";

    private static ChecklistTemplate Pinned(Assessment a) => RulePackCatalog.Default.Get<ChecklistTemplate>(a.TemplateId, a.TemplateVersion);

    private static Assessment Example(string file) => Assessment.TryLoadFile(TestData.RepoFile("docs/examples/" + file)).Value;

    private static int RuleNumber(ChecklistItem item) => int.Parse(item.Id["BR-".Length..], CultureInfo.InvariantCulture);

    /// <summary>"1-3, 5, 7-8": the way the pack's notes list rule numbers.</summary>
    private static string Ranges(IEnumerable<int> numbers)
    {
        var sorted = numbers.Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }
            parts.Add(i == j ? $"{sorted[i]}" : $"{sorted[i]}-{sorted[j]}");
            i = j + 1;
        }
        return string.Join(", ", parts);
    }

    [Fact]
    public void The_catalogue_ships_the_three_templates_and_picks_the_self_assessment_version_in_force_on_a_date()
    {
        var keys = RulePackCatalog.Default.Packs.Where(h => h.Kind == ChecklistTemplate.Kind).Select(h => h.Key).ToList();
        Assert.Contains($"{Bangkok}@1.0.0", keys);
        Assert.Contains($"{ProgrammeDesign}@1.0.0", keys);
        Assert.Contains($"{SelfAssessment}@1.0.0", keys);
        Assert.Contains($"{SelfAssessment}@1.1.0", keys);
        Assert.Equal(PackVersion.Parse("1.1.0"), RulePackCatalog.Default.Latest<ChecklistTemplate>(SelfAssessment).Header.Version);
        Assert.Equal(PackVersion.Parse("1.0.0"), RulePackCatalog.Default.Get<ChecklistTemplate>(SelfAssessment, new LocalDate(2025, 6, 20)).Header.Version);
        Assert.Equal(PackVersion.Parse("1.1.0"), RulePackCatalog.Default.Get<ChecklistTemplate>(SelfAssessment, new LocalDate(2026, 6, 18)).Header.Version);
    }

    [Fact]
    public void The_Bangkok_checklist_asks_about_each_of_the_70_rules_once_citing_that_rule()
    {
        var template = RulePackCatalog.Default.Latest<ChecklistTemplate>(Bangkok);
        var rules = template.Items.Where(i => i.Scored).ToList();
        Assert.Equal(Enumerable.Range(1, 70).Select(n => $"BR-{n}"), rules.Select(i => i.Id));
        Assert.All(rules, i => Assert.Equal($"Bangkok Rules, rule {RuleNumber(i)}", i.Citation.Provision));
        // The screening questions are not rules: they only switch rules on or off.
        Assert.All(template.Items.Where(i => !i.Scored), i => Assert.StartsWith("BR-SCOPE-", i.Id, StringComparison.Ordinal));
    }

    [Theory]
    // The headings of the Bangkok Rules (A/RES/65/229, annex): section, first and last rule under it.
    [InlineData("I-1", 1, 1)] // I. Rules of general application: 1. Basic principle
    [InlineData("I-2", 2, 2)] // 2. Admission
    [InlineData("I-3", 3, 3)] // 3. Register
    [InlineData("I-4", 4, 4)] // 4. Allocation
    [InlineData("I-5", 5, 5)] // 5. Personal hygiene
    [InlineData("I-6", 6, 18)] // 6. Health-care services
    [InlineData("I-7", 19, 25)] // 7. Safety and security
    [InlineData("I-8", 26, 28)] // 8. Contact with the outside world
    [InlineData("I-9", 29, 35)] // 9. Institutional personnel and training
    [InlineData("I-10", 36, 39)] // 10. Juvenile female prisoners
    [InlineData("II-A-1", 40, 41)] // II. A. Prisoners under sentence: 1. Classification and individualization
    [InlineData("II-A-2", 42, 47)] // 2. Prison regime
    [InlineData("II-A-3", 48, 52)] // 3. Pregnant women, breastfeeding mothers and mothers with children in prison
    [InlineData("II-A-4", 53, 53)] // 4. Foreign nationals
    [InlineData("II-A-5", 54, 55)] // 5. Minorities and indigenous peoples
    [InlineData("II-B", 56, 56)] // B. Prisoners under arrest or awaiting trial
    [InlineData("III", 57, 66)] // III. Non-custodial measures
    [InlineData("IV", 67, 70)] // IV. Research, planning, evaluation and public awareness-raising
    public void The_Bangkok_checklist_groups_the_rules_by_the_sections_of_the_Rules(string section, int first, int last)
    {
        var template = RulePackCatalog.Default.Latest<ChecklistTemplate>(Bangkok);
        Assert.Equal(Enumerable.Range(first, last - first + 1), template.Section(section).Items.Select(RuleNumber));
    }

    [Fact]
    public void The_Bangkok_header_notes_list_the_same_verification_as_the_citations()
    {
        // A reader of the pack's notes must learn exactly which rules still need checking against A/RES/65/229.
        var template = RulePackCatalog.Default.Latest<ChecklistTemplate>(Bangkok);
        var rules = template.Items.Where(i => i.Scored).ToList();
        string Of(Verification v) => Ranges(rules.Where(i => i.Citation.Verification == v).Select(RuleNumber));
        var notes = string.Join(" ", template.Header.Notes);
        Assert.Contains($"Primary: rules {Of(Verification.Primary)};", notes, StringComparison.Ordinal);
        Assert.Contains($"Secondary: rules {Of(Verification.Secondary)})", notes, StringComparison.Ordinal);
        Assert.Contains($"Unverified (rules {Of(Verification.Unverified)})", notes, StringComparison.Ordinal);
        Assert.Equal(70, rules.Count(i => i.Citation.Verification is Verification.Primary or Verification.Secondary or Verification.Unverified));
    }

    [Theory]
    [InlineData("bangkok-assessment.json")]
    [InlineData("programme-design.json")]
    [InlineData("self-assessment-2025.json")]
    [InlineData("self-assessment-2026.json")]
    public void Every_example_assessment_is_complete_and_valid_for_the_template_version_it_pins(string file)
    {
        var assessment = Example(file);
        Assert.Empty(Pinned(assessment).Validate(assessment, file));
    }

    [Fact]
    public void Screening_answers_neither_score_nor_make_gaps_and_switch_off_the_rules_on_girls()
    {
        var assessment = Example("bangkok-assessment.json");
        var template = Pinned(assessment);
        Assert.Equal("no", assessment.ResponseTo("BR-SCOPE-girls")!.Answer);
        foreach (var model in ScoringModels.All.Where(m => m.Name != OecdDacGenderMarker.ModelName))
        {
            var card = model.Score(template, assessment);
            Assert.Null(card.SectionScoreOf("SCOPE"));
            Assert.Null(card.SectionScoreOf("I-10")); // rules 36-39 do not apply: no girls are held
        }
        var gaps = GapReport.Create(template, assessment).Gaps.Select(g => g.Item).ToList();
        Assert.DoesNotContain(gaps, g => g.StartsWith("BR-SCOPE-", StringComparison.Ordinal) || g is "BR-36" or "BR-37" or "BR-38" or "BR-39");

        // Left unanswered, a screening question is a gap: the rules on children living in prison (49-51) would otherwise
        // drop out of the assessment without a word.
        var unscreened = assessment with { Responses = [.. assessment.Responses.Where(r => r.Item != "BR-SCOPE-children")] };
        var missing = Assert.Single(GapReport.Create(template, unscreened).Gaps, g => g.Item.StartsWith("BR-SCOPE-", StringComparison.Ordinal));
        Assert.Equal(("BR-SCOPE-children", null), (missing.Item, missing.Answer));
    }

    [Fact]
    public void The_programme_design_example_earns_OECD_DAC_marker_1_and_a_missing_minimum_criterion_makes_it_0()
    {
        // OECD-DAC gender equality policy marker: 1 when gender equality is a significant objective and the minimum
        // criteria are met; 2 when it is the principal objective; 0 when a minimum criterion (here do no harm) is not met.
        var assessment = Example("programme-design.json");
        var template = Pinned(assessment);
        var marker = new OecdDacGenderMarker();
        Assert.Equal(1m, marker.Score(template, assessment).Overall);

        Assessment With(string item, string answer) =>
            assessment with { Responses = [.. assessment.Responses.Select(r => r.Item == item ? r with { Answer = answer } : r)] };
        Assert.Equal(2m, marker.Score(template, With("MK-P", "yes")).Overall);
        Assert.Equal(0m, marker.Score(template, With("DH-1", "not-met")).Overall);

        // The objective questions classify the design; they are not standards, so they move no compliance score.
        Assert.Equal(new WeightedSum().Score(template, assessment).Overall, new WeightedSum().Score(template, With("MK-P", "yes")).Overall);
    }

    [Fact]
    public void The_2025_self_assessment_migrates_onto_version_1_1_0_and_every_answer_is_carried_or_reported()
    {
        var before = Example("self-assessment-2025.json");
        var after = Example("self-assessment-2026.json");
        var template = Pinned(after);
        var change = AssessmentComparison.Compare(template, before, after);

        Assert.All(before.Responses, r => Assert.Contains(change.Migration, n => n.From.Contains(r.Item)));
        Assert.Contains(change.Migration, n => n is { Kind: MigrationNoteKind.Renamed } && n.From.SequenceEqual(["A-2"]) && n.To.SequenceEqual(["B-4"]));
        Assert.Contains(change.Migration, n => n is { Kind: MigrationNoteKind.Split } && n.From.SequenceEqual(["E-1"]) && n.To.SequenceEqual(["E-1a", "E-1b"]));
        Assert.Equal(["D-1", "F-2"], change.Migration.Where(n => n is { Kind: MigrationNoteKind.Merged } && n.To.SequenceEqual(["D-4"])).SelectMany(n => n.From).Order());
        Assert.Contains(change.Migration, n => n is { Kind: MigrationNoteKind.Removed, IsCarried: false } && n.From.SequenceEqual(["F-5"]));

        var outcomes = change.Items.ToDictionary(i => i.Item, i => i.Outcome);
        Assert.Equal(ComparisonOutcome.Regressed, outcomes["D-2"]);
        Assert.Equal(ComparisonOutcome.NewlyAnswered, outcomes["C-3"]);
        Assert.True(change.Overall.Delta > 0m);
    }

    [Fact]
    public void An_answer_to_an_item_that_no_longer_applies_after_migration_is_reported_and_the_result_stays_valid()
    {
        // In 1.1.0, F-3 applies only once D-4 (the merged complaints mechanism) reaches a stage; with D-1 at stage 0 the
        // merge gives D-4 '0', so F-3's 2025 answer cannot be carried.
        var before = Example("self-assessment-2025.json");
        before = before with { Responses = [.. before.Responses.Select(r => r.Item == "D-1" ? r with { Answer = "0" } : r)] };
        var target = RulePackCatalog.Default.Get<ChecklistTemplate>(SelfAssessment, PackVersion.Parse("1.1.0"));
        var result = ChecklistMigration.Migrate(before, target, RulePackCatalog.Default);

        Assert.Contains(result.NotCarried, n => n.Kind == MigrationNoteKind.DoesNotApply && n.From.SequenceEqual(["F-3"]));
        Assert.Null(result.Assessment.ResponseTo("F-3"));
        Assert.Empty(target.Validate(result.Assessment, requireComplete: false));
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("1.1.0")]
    public void The_self_assessment_is_fully_translated_into_Spanish_and_French(string version)
    {
        var template = RulePackCatalog.Default.Get<ChecklistTemplate>(SelfAssessment, PackVersion.Parse(version));
        var coverage = template.TranslationCoverage().ToDictionary(c => c.Language);
        Assert.True(coverage["es"].IsComplete, string.Join(", ", coverage["es"].Missing));
        Assert.True(coverage["fr"].IsComplete, string.Join(", ", coverage["fr"].Missing));
    }
}
