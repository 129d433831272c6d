using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.Corrections.Safeguards;
using Inl.Justice.RulePacks;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.Corrections.Safeguards;

/// <summary>Bangkok Rules safeguards on women's classifications and on the regimes women are held under.</summary>
public sealed class SafeguardPolicyTests
{
    private static readonly LocalDate On = new(2026, 11, 1);
    private static readonly SafeguardPolicy Bangkok = RulePackCatalog.Default.Latest<SafeguardPolicy>("un-bangkok-safeguards");

    private static PrisonerProfile Woman() => new()
    {
        Id = new PersonId("W-1"),
        Sex = Sex.Female,
        DateOfBirth = new LocalDate(1990, 1, 1),
        LegalStatus = LegalStatus.Convicted,
        OffenseSeverity = OffenseSeverity.Lowest,
        Education = EducationLevel.Verified,
        MonthsToRelease = 12,
        CaretakingResponsibilities = true,
        VictimisationHistory = false,
        MentalHealthNeeds = false,
        Pregnant = false,
        Breastfeeding = false,
        WithInfant = false,
    };

    private static ClassificationResult Apply(PrisonerProfile p) => Bangkok.Apply(TestData.Bop.Classify(p, On), p);

    [Fact]
    public void A_woman_with_every_fact_recorded_and_nothing_to_flag_gets_no_notice() => Assert.Empty(Apply(Woman()).Safeguards);

    [Fact]
    public void Missing_facts_of_rule_41b_and_22_are_flagged_each_with_its_citation()
    {
        // Bangkok Rules, rule 41(b): caretaking, violence suffered and mental-health needs inform allocation; rule 22 needs pregnancy/infant/breastfeeding.
        var r = Apply(Woman() with { CaretakingResponsibilities = null, Pregnant = null });
        Assert.Equal(["bangkok-41b-caretaking", "bangkok-22-pregnant"], r.Safeguards.Select(s => s.Rule));
        Assert.All(r.Safeguards, s => Assert.Equal(SafeguardKind.MissingFact, s.Kind));
        Assert.StartsWith("Bangkok Rules, rule 41(b)", r.Safeguards[0].Citation.Provision, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_41d_warns_when_a_woman_with_mental_health_needs_is_placed_above_her_scored_level()
    {
        var p = Woman() with { MentalHealthNeeds = true, PublicSafetyFactors = ["SexOffender"] };
        var r = Apply(p);
        var warning = Assert.Single(r.Safeguards);
        Assert.Equal(("bangkok-41d", SafeguardKind.Warning), (warning.Rule, warning.Kind));
        Assert.Contains("psf-sex-offender", warning.Message, StringComparison.Ordinal);

        // At her scored level there is nothing to warn about.
        Assert.Empty(Apply(Woman() with { MentalHealthNeeds = true }).Safeguards);
    }

    [Fact]
    public void Rule_41d_names_an_override_that_raised_the_level()
    {
        var p = Woman() with { MentalHealthNeeds = true };
        var computed = TestData.Bop.Classify(p, On);
        var raised = TestData.Bop.Override(computed, new ClassificationOverride("Low", "MedicalPsychiatric", "Psychiatric unit", "a", On, "b")).Value;
        var warning = Assert.Single(Bangkok.Apply(raised, p).Safeguards);
        Assert.Contains("an override (MedicalPsychiatric)", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void Rule_22_forbids_close_confinement_for_pregnant_breastfeeding_or_with_an_infant(bool pregnant, bool breastfeeding, bool infant)
    {
        var r = Apply(Woman() with { Pregnant = pregnant, Breastfeeding = breastfeeding, WithInfant = infant });
        var restriction = Assert.Single(r.Safeguards);
        Assert.Equal(SafeguardKind.Restriction, restriction.Kind);
        Assert.Contains("close confinement or disciplinary segregation", restriction.Message, StringComparison.Ordinal);
        Assert.Equal(Verification.Secondary, restriction.Citation.Verification);
    }

    [Fact]
    public void Men_get_no_bangkok_notices()
    {
        var man = Woman() with { Sex = Sex.Male, CaretakingResponsibilities = null, Pregnant = true };
        Assert.Empty(Apply(man).Safeguards);
    }

    [Fact]
    public void Regime_check_finds_confirmed_and_unrecorded_cases_in_a_population()
    {
        Resident R(string id, Regime regime, bool? pregnant, Sex sex = Sex.Female) => new()
        {
            Id = new PersonId(id), Sex = sex, DateOfBirth = new LocalDate(1995, 5, 5), LegalStatus = LegalStatus.Untried,
            Regime = regime, Pregnant = pregnant, Breastfeeding = false, WithInfant = false,
        };
        var register = new PopulationRegister([
            R("A", Regime.CloseConfinement, true),
            R("B", Regime.DisciplinarySegregation, null),
            R("C", Regime.Ordinary, true),
            R("D", Regime.CloseConfinement, false),
            R("E", Regime.CloseConfinement, true, Sex.Male),
        ]);
        var findings = Bangkok.CheckRegimes(register);
        Assert.Equal([("A", true), ("B", false)], findings.Select(f => (f.Person.Value, f.Confirmed)));
        Assert.Equal<GenderFact>([GenderFact.Pregnant], findings[0].Facts.AsEnumerable());
    }

    [Fact]
    public void Safeguard_packs_report_problems_with_paths()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(RulePackCatalog.EmbeddedJson("un-bangkok-safeguards").ToArray())!;
        json["requiredFacts"]![1]!["id"] = "bangkok-41b-caretaking";
        json["regimeRestrictions"]![0]!["prohibited"] = new System.Text.Json.Nodes.JsonArray("Ordinary");
        var result = SafeguardPolicy.TryLoad(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()), "s.json");
        Assert.Equal(["$.requiredFacts[1].id", "$.regimeRestrictions[0].prohibited"], result.Problems.Select(p => p.Path));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public Property Safeguards_never_change_levels_and_round_trip_in_json(BopCase c)
    {
        var computed = TestData.Bop.Classify(c.Profile, c.AssessedOn);
        var guarded = Bangkok.Apply(computed, c.Profile);
        var back = ClassificationResults.TryLoad(ClassificationResults.ToJson([guarded]), TestData.Bop).Value.Single();
        return (guarded with { Safeguards = [] }).Equals(computed).Label("only safeguards added")
            .And(back.Equals(guarded)).Label("round trip")
            .And(c.Profile.Sex == Sex.Female || guarded.Safeguards.IsEmpty).Label("men get none");
    }
}
