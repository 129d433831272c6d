using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Common;
using Inl.Justice.Corrections.Alternatives;
using Inl.Justice.RulePacks;
using Inl.Justice.Tests.RulePacks;
using NodaTime;
using Xunit;
using static Inl.Justice.Corrections.Alternatives.ConsiderationOutcome;

namespace Inl.Justice.Tests.Corrections.Alternatives;

/// <summary>The UN alternatives screen (Tokyo, Bangkok and Beijing Rules) on the example cases, and its invariants.</summary>
public sealed class AlternativesScreenTests
{
    private static readonly AlternativesScreen Un = RulePackCatalog.Default.Latest<AlternativesScreen>("un-alternatives-screen");
    private static readonly JsonDocumentOptions Comments = new() { CommentHandling = JsonCommentHandling.Skip };

    private static ScreeningCases Example() =>
        ScreeningCases.TryLoad(File.ReadAllBytes(TestData.RepoFile("docs/examples/screening.json")), "screening.json").Value;

    private static Dictionary<string, ScreeningResult> ExampleResults() =>
        Un.ScreenAll(Example()).Value.Results.ToDictionary(r => r.Person.Value);

    private static ConsiderationFinding Finding(ScreeningResult r, string id) => r.Considerations.Single(c => c.Id == id);

    [Fact]
    public void Bangkok_64_a_pregnant_mother_with_a_non_violent_offence_is_favoured_for_non_custodial_sentences()
    {
        // woman, 29, pregnant, dependent children, no criminal history, offence neither serious nor violent, no continuing danger.
        // Bangkok Rules 64: non-custodial sentences preferred for pregnant women and women with dependent children unless the
        // offence is serious or violent or the woman represents a continuing danger. Rules 57, 58 (women), 61 (no criminal
        // history) and A/RES/65/229 para. 9 (pregnant woman) apply too. Whether she is a sole carer, or has a substance-use
        // disorder, is not recorded: para. 9 (carer) and rule 62 are undetermined, not false.
        var r = ExampleResults()["A-201"];
        Assert.Equal(29, r.Age);
        Assert.Equal(
            [("bangkok-57", Applies), ("bangkok-58", Applies), ("bangkok-res-9-pregnant", Applies), ("bangkok-res-9-carer", Undetermined),
             ("bangkok-61", Applies), ("bangkok-62", Undetermined), ("bangkok-64", Applies), ("bangkok-65", DoesNotApply),
             ("beijing-17.1c", DoesNotApply), ("beijing-19.1", DoesNotApply)],
            r.Considerations.Select(c => (c.Id, c.Outcome)));
        Assert.Equal<string>(["SoleCarer"], Finding(r, "bangkok-res-9-carer").MissingFacts);
        Assert.Equal("Bangkok Rules, rule 64", Finding(r, "bangkok-64").Citation.Provision);
        Assert.Equal(Verification.Primary, Finding(r, "bangkok-64").Citation.Verification);
        // The eleven sentencing measures of Tokyo Rule 8.2 (with community treatment); the juvenile care order is for under-18s.
        Assert.Equal(
            ["verbal-sanction", "conditional-discharge", "status-penalty", "fine", "restitution", "suspended-sentence", "probation",
             "community-service", "attendance-centre", "house-arrest", "community-treatment"],
            r.Measures.Select(m => m.Id));
        var probation = r.Measures.Single(m => m.Id == "probation");
        Assert.Equal<string>(["bangkok-57", "bangkok-58", "bangkok-res-9-pregnant", "bangkok-61", "bangkok-64"], probation.FavouredBy);
        Assert.Equal<string>(["bangkok-res-9-carer"], probation.PossiblyFavouredBy);
        Assert.Equal<string>(["bangkok-res-9-carer", "bangkok-62"], r.Measures.Single(m => m.Id == "community-treatment").PossiblyFavouredBy);
    }

    [Fact]
    public void Bangkok_64_a_violent_offence_takes_the_preference_away_even_with_facts_unrecorded()
    {
        // woman with dependent children, violent offence; pregnancy and sole care not recorded. The violent offence
        // decides rule 64 and para. 9 (the "unless" holds whatever the unrecorded facts are); rule 61 needs facts.
        var r = ExampleResults()["A-202"];
        Assert.Equal(DoesNotApply, Finding(r, "bangkok-64").Outcome);
        Assert.Equal(DoesNotApply, Finding(r, "bangkok-res-9-pregnant").Outcome);
        Assert.Equal(DoesNotApply, Finding(r, "bangkok-res-9-carer").Outcome);
        Assert.Equal(Undetermined, Finding(r, "bangkok-61").Outcome);
        Assert.Equal<string>(["CaretakingResponsibilities", "NoCriminalHistory"], Finding(r, "bangkok-61").MissingFacts);
        Assert.Equal(Applies, Finding(r, "bangkok-57").Outcome);
    }

    [Fact]
    public void Beijing_13_a_child_before_trial_is_screened_for_juvenile_alternatives()
    {
        // boy of 16 before trial, offence not serious. Tokyo 6.1 (last resort), Tokyo 5.1 (discharge of a case that
        // need not proceed) and Beijing 13.1 apply; Beijing 13.2's supervision or family placement is an option. Women's
        // considerations do not apply to him; whether he is a sole carer is unrecorded.
        var r = ExampleResults()["A-203"];
        Assert.Equal(16, r.Age);
        Assert.Equal(
            [("tokyo-6.1", Applies), ("tokyo-5.1", Applies), ("bangkok-57", DoesNotApply), ("bangkok-58", DoesNotApply),
             ("bangkok-res-9-pregnant", DoesNotApply), ("bangkok-res-9-carer", Undetermined), ("bangkok-62", DoesNotApply),
             ("bangkok-65", DoesNotApply), ("beijing-13.1", Applies)],
            r.Considerations.Select(c => (c.Id, c.Outcome)));
        Assert.Equal(["diversion", "release-with-conditions", "juvenile-supervision-or-placement", "community-treatment"], r.Measures.Select(m => m.Id));
        Assert.Equal<string>(["tokyo-6.1", "tokyo-5.1", "beijing-13.1"], r.Measures[0].FavouredBy);
    }

    [Fact]
    public void An_adult_with_nothing_recorded_is_told_which_facts_to_record()
    {
        // man of 41 before trial, no facts recorded. Only Tokyo 6.1 is decided; 5.1 needs the seriousness of the offence.
        var r = ExampleResults()["A-204"];
        Assert.Equal(Applies, Finding(r, "tokyo-6.1").Outcome);
        Assert.Equal<string>(["SeriousOffence"], Finding(r, "tokyo-5.1").MissingFacts);
        Assert.Equal<string>(["SeriousOffence", "SoleCarer", "ViolentOffence"], Finding(r, "bangkok-res-9-carer").MissingFacts);
        Assert.DoesNotContain(r.Measures, m => m.Id == "juvenile-supervision-or-placement");
    }

    [Fact]
    public void Bangkok_63_parole_takes_account_of_caretaking()
    {
        var r = ExampleResults()["A-205"];
        Assert.Equal([("bangkok-63", Applies), ("tokyo-9.4", Applies)], r.Considerations.Select(c => (c.Id, c.Outcome)));
        Assert.Equal<string>(["bangkok-63", "tokyo-9.4"], r.Measures.Single(m => m.Id == "parole").FavouredBy);
        Assert.Equal<string>(["tokyo-9.4"], r.Measures.Single(m => m.Id == "furlough-or-halfway-house").FavouredBy);
    }

    [Fact]
    public void Beijing_17_and_19_apply_to_a_child_whose_sex_is_not_recorded_and_sex_specific_rules_wait_for_it()
    {
        // 17, sex Unknown, offence not violent, no persistent serious offending: Beijing 17.1(c) and 19.1 apply;
        // Bangkok 65 (girls) is undetermined until sex is recorded.
        var r = ExampleResults()["A-206"];
        Assert.Equal(Applies, Finding(r, "beijing-17.1c").Outcome);
        Assert.Equal(Applies, Finding(r, "beijing-19.1").Outcome);
        Assert.Equal<string>(["sex"], Finding(r, "bangkok-65").MissingFacts);
        Assert.Contains(r.Measures, m => m.Id == "juvenile-care-order");
    }

    [Fact]
    public void The_report_says_it_informs_and_does_not_decide()
    {
        var report = Un.ScreenAll(Example()).Value;
        Assert.Contains(AlternativesScreen.Notice, report.ToSummary());
        var json = JsonNode.Parse(report.ToJson())!;
        Assert.Equal(AlternativesScreen.Notice, (string)json["notice"]!);
        Assert.Equal("un-alternatives-screen@1.0.0", (string)json["screen"]!);
        Assert.Equal("Undetermined", (string)json["results"]![0]!["considerations"]![3]!["outcome"]!);
        Assert.Equal("SoleCarer", (string)json["results"]![0]!["considerations"]![3]!["missingFacts"]![0]!);
        Assert.DoesNotContain("recommend", report.ToSummary(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_case_with_a_fact_the_pack_does_not_declare_is_a_problem_and_nothing_is_screened()
    {
        var json = JsonNode.Parse(File.ReadAllBytes(TestData.RepoFile("docs/examples/screening.json")), documentOptions: Comments)!;
        json["cases"]![2]!["facts"]!["Pregant"] = true;
        var cases = ScreeningCases.TryLoad(PackJson.Bytes(json), "s.json").Value;
        var result = Un.ScreenAll(cases, "s.json");
        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("s.json", "$.cases[2].facts.Pregant"), (problem.Source, problem.Path));
        Assert.Throws<ArgumentException>(() => Un.Screen(cases.Cases[2], cases.ScreenedOn));
    }

    [Fact]
    public void Cases_files_report_every_problem_with_its_path()
    {
        var json = JsonNode.Parse(File.ReadAllBytes(TestData.RepoFile("docs/examples/screening.json")), documentOptions: Comments)!;
        json["cases"]![1]!["id"] = "A-201";
        json["cases"]![3]!["dateOfBirth"] = "2027-01-01";
        json["cases"]![4]!["stage"] = "Appeal";
        json["cases"]![5]!["facts"]!["ViolentOffence"] = "no";
        var result = ScreeningCases.TryLoad(PackJson.Bytes(json), "s.json");
        Assert.Equal(
            ["$.cases[4].stage", "$.cases[5].facts.ViolentOffence"],
            result.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        // Structure first; once the structure is right, the domain problems are all reported together.
        json["cases"]![4]!["stage"] = "PostSentence";
        json["cases"]![5]!["facts"]!["ViolentOffence"] = false;
        Assert.Equal(["$.cases[1].id", "$.cases[3].dateOfBirth"], ScreeningCases.TryLoad(PackJson.Bytes(json), "s.json").Problems.Select(p => p.Path));
    }

    [Fact]
    public void Screen_packs_report_every_problem_with_its_path()
    {
        var pack = JsonNode.Parse(RulePackCatalog.EmbeddedJson("un-alternatives-screen").ToArray(), documentOptions: Comments)!;
        pack["measures"]![3]!["id"] = "fine";                                   // measures[6] is then a duplicate
        pack["considerations"]![0]!["favours"]![0] = "bail";                     // unknown measure
        pack["considerations"]![1]!["when"]!["noneOf"]![0] = "Serious";          // undeclared fact
        pack["considerations"]![2]!["unless"] = new JsonObject();                // an 'unless' that always holds
        pack["considerations"]![3]!.AsObject().Remove("citation");               // no citation
        pack["considerations"]![14]!["favours"] = new JsonArray("probation");    // not a measure of its stage (PostSentence)
        pack["considerations"]![12]!["when"]!["ageAtLeast"] = 18;                // ageAtLeast 18 and ageUnder 18 leave no age
        var result = AlternativesScreen.TryLoad(PackJson.Bytes(pack), "p.json");
        Assert.Equal(
            ["$.considerations[3]"],
            result.Problems.Select(p => p.Path));
        Assert.Contains("citation", result.Problems[0].Message, StringComparison.Ordinal);
        pack["considerations"]![3]!["citation"] = JsonNode.Parse("""{ "provision": "Bangkok Rules, rule 58", "source": "bangkok-rules", "verification": "Primary" }""");
        Assert.Equal(
            ["$.measures[6].id", "$.considerations[0].favours[0]", "$.considerations[1].when.noneOf[0]", "$.considerations[2].unless",
             "$.considerations[12].when", "$.considerations[14].favours[0]"],
            AlternativesScreen.TryLoad(PackJson.Bytes(pack), "p.json").Problems.Select(p => p.Path));
    }

    // ---- Properties --------------------------------------------------------------------------------------------------

    private static readonly string[] FactIds = [.. Un.Facts.Keys];

    public static Arbitrary<ScreeningCase> Cases() => Arb.From(
        from sex in Gen.Elements(Sex.Female, Sex.Male, Sex.Unknown)
        from age in Gen.Choose(10, 80)
        from days in Gen.Choose(0, 364)
        from stage in Gen.Elements(Enum.GetValues<ScreeningStage>())
        from recorded in Gen.SubListOf(FactIds)
        from values in Gen.ArrayOf(Gen.Elements(false, true), recorded.Count)
        select new ScreeningCase
        {
            Id = new PersonId("C-1"),
            Sex = sex,
            DateOfBirth = On.PlusYears(-age).PlusDays(-days),
            Stage = stage,
            Facts = recorded.Zip(values).ToImmutableSortedDictionary(p => p.First, p => p.Second, StringComparer.Ordinal),
        },
        c => c.Facts.Keys.Select(k => c with { Facts = c.Facts.Remove(k) }));

    public static Arbitrary<bool[]> Completions() => Arb.From(Gen.ArrayOf(Gen.Elements(false, true), FactIds.Length + 1));

    private static readonly LocalDate On = new(2026, 11, 1);

    /// <summary>Records every unrecorded fact (and an unknown sex) from <paramref name="bits"/>.</summary>
    private static ScreeningCase Complete(ScreeningCase c, bool[] bits)
    {
        var facts = c.Facts;
        for (var i = 0; i < FactIds.Length; i++)
        {
            if (!facts.ContainsKey(FactIds[i]))
            {
                facts = facts.Add(FactIds[i], bits[i]);
            }
        }
        return c with { Facts = facts, Sex = c.Sex == Sex.Unknown ? (bits[^1] ? Sex.Female : Sex.Male) : c.Sex };
    }

    [Property(Arbitrary = [typeof(AlternativesScreenTests)], MaxTest = 300)]
    public Property Recording_more_facts_never_changes_an_outcome_already_decided(ScreeningCase c, bool[] bits)
    {
        var before = Un.Screen(c, On);
        var after = Un.Screen(Complete(c, bits), On);
        return before.Considerations.Zip(after.Considerations)
            .All(p => p.First.Id == p.Second.Id && (p.First.Outcome == Undetermined || p.First.Outcome == p.Second.Outcome))
            .Label("decided outcomes are stable");
    }

    [Property(Arbitrary = [typeof(AlternativesScreenTests)], MaxTest = 300)]
    public Property With_every_fact_recorded_nothing_is_undetermined(ScreeningCase c, bool[] bits)
    {
        var complete = Un.Screen(Complete(c, bits), On);
        return (complete.Considerations.All(f => f.Outcome != Undetermined && f.MissingFacts.IsEmpty)
                && complete.Measures.All(m => m.Availability == Applies && m.PossiblyFavouredBy.IsEmpty)).ToProperty();
    }

    [Property(Arbitrary = [typeof(AlternativesScreenTests)], MaxTest = 300)]
    public Property An_undetermined_consideration_names_only_unrecorded_facts(ScreeningCase c)
    {
        var r = Un.Screen(c, On);
        return r.Considerations.Where(f => f.Outcome == Undetermined)
            .All(f => !f.MissingFacts.IsEmpty && f.MissingFacts.All(m => m == "sex" ? c.Sex == Sex.Unknown : !c.Facts.ContainsKey(m)))
            .ToProperty();
    }

    [Property(Arbitrary = [typeof(AlternativesScreenTests)], MaxTest = 300)]
    public Property Measures_belong_to_the_stage_and_are_favoured_only_by_considerations_that_apply(ScreeningCase c)
    {
        var r = Un.Screen(c, On);
        var applies = r.Considerations.Where(f => f.Outcome == Applies).Select(f => f.Id).ToHashSet();
        var undetermined = r.Considerations.Where(f => f.Outcome == Undetermined).Select(f => f.Id).ToHashSet();
        return r.Measures.All(m => m.FavouredBy.All(applies.Contains) && m.PossiblyFavouredBy.All(undetermined.Contains))
            .And(r.Measures.Select(m => m.Id).Distinct().Count() == r.Measures.Length)
            .And(r.Stage == c.Stage);
    }

    [Property(Arbitrary = [typeof(AlternativesScreenTests)], MaxTest = 100)]
    public Property Results_do_not_depend_on_the_order_of_cases(ScreeningCase[] cases)
    {
        var distinct = cases.Select((c, i) => c with { Id = new PersonId("C-" + i) }).ToImmutableArray();
        var forward = Un.ScreenAll(new ScreeningCases(On, distinct)).Value.Results;
        var backward = Un.ScreenAll(new ScreeningCases(On, [.. distinct.Reverse()])).Value.Results.Reverse();
        return forward.Zip(backward).All(p => p.First.Person == p.Second.Person
            && p.First.Considerations.SequenceEqual(p.Second.Considerations, FindingComparer.Instance)
            && p.First.Measures.Select(m => (m.Id, string.Join(",", m.FavouredBy))).SequenceEqual(p.Second.Measures.Select(m => (m.Id, string.Join(",", m.FavouredBy)))))
            .ToProperty();
    }

    [Property(Arbitrary = [typeof(AlternativesScreenTests)], MaxTest = 100)]
    public Property Cases_round_trip_through_json(ScreeningCase[] cases)
    {
        var original = new ScreeningCases(On, [.. cases.Select((c, i) => c with { Id = new PersonId("C-" + i) })]);
        var again = ScreeningCases.TryLoad(original.ToJson()).Value;
        return (again.ScreenedOn == original.ScreenedOn && again.Cases.SequenceEqual(original.Cases)).ToProperty();
    }

    [Property(Arbitrary = [typeof(PackMutationPropertyTests)], MaxTest = 200)]
    public Property Mutated_packs_give_a_screen_or_located_problems_never_another_exception(PackMutation[] mutations)
    {
        var pack = JsonNode.Parse(RulePackCatalog.EmbeddedJson("un-alternatives-screen").ToArray(), documentOptions: Comments)!.AsObject();
        var result = AlternativesScreen.TryLoad(PackJson.Bytes(PackMutationPropertyTests.Mutate(pack, mutations)), "m.json");
        if (result.IsValid)
        {
            // A mutation may leave a valid pack: it must then screen the example cases (or name the undeclared facts).
            var report = result.Value.ScreenAll(Example(), "screening.json");
            return (report.IsValid || report.Problems.All(p => p.Path.StartsWith("$.cases[", StringComparison.Ordinal))).Label("screens");
        }
        return result.Problems.All(p => p.Path.StartsWith('$') && p.Source == "m.json" && !string.IsNullOrWhiteSpace(p.Message)).Label("located problems");
    }

    [Property(Arbitrary = [typeof(PackMutationPropertyTests)], MaxTest = 200)]
    public Property Mutated_cases_give_cases_or_located_problems_never_another_exception(PackMutation[] mutations)
    {
        var json = JsonNode.Parse(File.ReadAllBytes(TestData.RepoFile("docs/examples/screening.json")), documentOptions: Comments)!.AsObject();
        var result = ScreeningCases.TryLoad(PackJson.Bytes(PackMutationPropertyTests.Mutate(json, mutations)), "c.json");
        return (result.IsValid || result.Problems.All(p => p.Path.StartsWith('$') && p.Source == "c.json")).ToProperty();
    }

    private sealed class FindingComparer : IEqualityComparer<ConsiderationFinding>
    {
        public static readonly FindingComparer Instance = new();

        public bool Equals(ConsiderationFinding? x, ConsiderationFinding? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Outcome == y.Outcome && x.MissingFacts.SequenceEqual(y.MissingFacts);

        public int GetHashCode(ConsiderationFinding obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
