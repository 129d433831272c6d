using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Classification;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.Corrections.Classification;

/// <summary>The template pack exercises what the BOP pack does not: fact items, flag floors at the top level, ceilings.</summary>
public sealed class ExamplePackTests
{
    private static readonly LocalDate On = new(2026, 11, 1);

    private static PrisonerProfile Profile(int age, OffenseSeverity offense = OffenseSeverity.Lowest) => new()
    {
        Id = new PersonId("EX-1"),
        Sex = Sex.Male,
        DateOfBirth = On.PlusYears(-age).PlusDays(-1),
        LegalStatus = LegalStatus.Convicted,
        OffenseSeverity = offense,
        Education = EducationLevel.None,
        MonthsToRelease = 12,
    };

    [Fact]
    public void The_pack_is_labelled_as_an_example()
    {
        Assert.True(TestData.Example.Header.IsExample);
        Assert.Equal("XX", TestData.Example.Header.Jurisdiction.Code);
        Assert.All(TestData.Example.Items, i => Assert.Equal(Verification.Unverified, i.Citation.Verification));
    }

    [Theory]
    // Example sch. 2 item 3: 0 findings 0, 1-2 findings 1, 3+ findings 3; absent fact scores 'none' (0).
    [InlineData(null, 0)]
    [InlineData(0, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 3)]
    [InlineData(-5, 0)]
    public void Fact_items_score_named_facts(int? findings, int points)
    {
        var p = Profile(40) with
        {
            Facts = findings is { } f ? ImmutableDictionary<string, int>.Empty.Add("disciplinaryFindings12Months", f) : ImmutableDictionary<string, int>.Empty,
        };
        Assert.Equal(points, TestData.Example.Classify(p, On).Contributions.Single(c => c.Item == "discipline").Points);
    }

    [Fact]
    public void A_ceiling_lowers_the_level_and_a_floor_still_wins_over_it()
    {
        // Greatest offense 6 + serious violence last 10 years 4 = 10 -> Maximum (male scale 9+).
        var old = Profile(72, OffenseSeverity.Greatest) with { Violence = [new Incident(On.PlusYears(-1), true)] };
        var r = TestData.Example.Classify(old, On);
        Assert.Equal("Maximum", r.ScoredLevel.Name);
        Assert.Equal("Medium", r.Level.Name);
        Assert.True(Assert.Single(r.Ceilings).Binding);

        var leader = old with { PublicSafetyFactors = ["GangLeadership"] };
        var withFloor = TestData.Example.Classify(leader, On);
        Assert.Equal("Maximum", withFloor.Level.Name);
        Assert.False(Assert.Single(withFloor.Ceilings).Binding);
        Assert.True(Assert.Single(withFloor.Floors).Binding);
        Assert.Equal(withFloor.Level, TestData.Example.Level(leader, On));
    }

    [Fact]
    public void Profiles_are_checked_against_the_instrument_with_paths()
    {
        var p = Profile(30) with
        {
            Sex = Sex.Unknown,
            PublicSafetyFactors = ["DisruptiveGroup"],
            Violence = [new Incident(On.PlusDays(3), false)],
        };
        var problems = TestData.Example.Check(p, On, "$.prisoners[4]", "cohort.json");
        Assert.Equal(
            ["$.prisoners[4].sex", "$.prisoners[4].violence[0].date", "$.prisoners[4].publicSafetyFactors[0]"],
            problems.Select(x => x.Path));
        Assert.Throws<ArgumentException>(() => TestData.Example.Level(p, On));
    }

    [Fact]
    public void The_custody_example_scores_bp338_style_facts_and_is_labelled_as_an_example()
    {
        // xx-example-custody: illustrative custody-concern points for the BP-338 variables (the BOP grid is not encoded).
        var custody = Inl.Justice.RulePacks.RulePackCatalog.Default.Latest<ClassificationInstrument>("xx-example-custody");
        Assert.True(custody.Header.IsExample);
        Assert.Equal(["Community", "Out", "In", "Maximum"], custody.Levels.Select(l => l.Name));

        var facts = ImmutableDictionary<string, int>.Empty
            .Add("percentTermServed", 80)          // 76-90: 1
            .Add("programParticipation", 1)        // average: 1
            .Add("livingSkills", 2)                // good: 0
            .Add("mostSeriousIncidentSeverity", 0) // none: 0
            .Add("incidentReports12Months", 3)     // 2-5: 1
            .Add("familyTies", 1)                  // good: 0
            .Add("securityLevelRank", 1);
        var p = Profile(40) with { Facts = facts };
        var r = custody.Classify(p, On);
        Assert.Equal(3, r.Score);
        Assert.Equal("Out", r.Level.Name);

        var high = custody.Classify(p with { Facts = facts.SetItem("securityLevelRank", 3) }, On);
        Assert.Equal("In", high.Level.Name);

        var missing = custody.Check(p with { Facts = facts.Remove("familyTies") }, On);
        Assert.Contains(missing, x => x.Message.Contains("fact 'familyTies' is required", StringComparison.Ordinal));
    }
}

/// <summary>The fast path's flag tables and split rules agree with the explanation on packs that use them.</summary>
public sealed class FlagRulePropertyTests
{
    private static readonly ClassificationInstrument WithFlagRules = BuildPack();

    private static ClassificationInstrument BuildPack()
    {
        var pack = PackJson.Example();
        pack["flags"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "Infirm", ["title"] = "Infirm", ["citation"] = Cite(),
        });
        pack["flags"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "Escaper", ["title"] = "Escaper", ["citation"] = Cite(),
        });
        pack["ceilings"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "infirm", ["title"] = "Infirm: at most Minimum", ["level"] = "Minimum",
            ["when"] = new System.Text.Json.Nodes.JsonObject { ["kind"] = "Flag", ["flag"] = "Infirm" }, ["citation"] = Cite(),
        });
        pack["floors"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "escaper", ["title"] = "Escapers or violent: at least Medium", ["level"] = "Medium", ["populations"] = new System.Text.Json.Nodes.JsonArray("Male"),
            ["when"] = new System.Text.Json.Nodes.JsonObject
            {
                ["kind"] = "AnyOf",
                ["conditions"] = new System.Text.Json.Nodes.JsonArray(
                    new System.Text.Json.Nodes.JsonObject { ["kind"] = "Flag", ["flag"] = "Escaper" },
                    new System.Text.Json.Nodes.JsonObject { ["kind"] = "ViolenceHistory", ["seriousOnly"] = true, ["withinYears"] = 5 }),
            },
            ["citation"] = Cite(),
        });
        return PackJson.Load(pack).Value;
    }

    private static System.Text.Json.Nodes.JsonObject Cite() => new() { ["provision"] = "Test rule", ["verification"] = "Unverified" };

    public static Arbitrary<BopCase> Cases() => Arb.From(
        from date in Arbitraries.DateBetween(new LocalDate(2020, 1, 1), new LocalDate(2030, 12, 31))
        from profile in Arbitraries.ProfileGen(date, ["GangLeadership", "Infirm", "Escaper"], [Sex.Male, Sex.Female])
        select new BopCase(profile, date),
        Arbitraries.ShrinkCase);

    [Property(Arbitrary = [typeof(FlagRulePropertyTests)], MaxTest = 300)]
    public Property Level_agrees_with_classify_when_flag_rules_and_split_rules_apply(BopCase c)
    {
        var explained = WithFlagRules.Classify(c.Profile, c.AssessedOn);
        return (WithFlagRules.Level(c.Profile, c.AssessedOn) == explained.Level).Label(explained.Level.Name)
            .And(explained.Floors.Select(f => f.Rule).Distinct().Count() == explained.Floors.Length).Label("a split rule is listed once")
            .Classify(c.Profile.PublicSafetyFactors.Contains("Infirm"), "infirm")
            .Classify(c.Profile.PublicSafetyFactors.Contains("Escaper"), "escaper");
    }
}
