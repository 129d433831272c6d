using System.Text.Json.Nodes;
using Inl.Justice.Common;
using Inl.Justice.Corrections.Separation;
using Xunit;
using static Inl.Justice.Tests.Corrections.Separation.SeparationFixtures;

namespace Inl.Justice.Tests.Corrections.Separation;

/// <summary>Every problem of a separation pack is reported with its JSON path and a reason, all in one pass.</summary>
public sealed class SeparationPackLoaderTests
{
    private static System.Collections.Immutable.ImmutableArray<Problem> Problems(Action<JsonObject> edit)
    {
        var pack = UnJson();
        edit(pack);
        var result = SeparationPolicy.TryLoad(Bytes(pack), "pack.json");
        Assert.False(result.IsValid, "the edited pack should be rejected");
        return result.Problems;
    }

    private static void AssertProblem(IReadOnlyList<Problem> problems, string path, string fragment) =>
        Assert.Contains(problems, p => p.Path == path && p.Message.Contains(fragment, StringComparison.Ordinal) && p.Source == "pack.json");

    private static JsonNode Rule(JsonObject pack, int i) => pack["rules"]![i]!;

    [Fact]
    public void A_rule_keeps_exactly_two_groups_apart()
    {
        var problems = Problems(p =>
        {
            Rule(p, 0)["apart"]!.AsArray().RemoveAt(1);
            Rule(p, 2)["apart"]!.AsArray().Add(new JsonObject { ["sex"] = "Female" });
        });
        AssertProblem(problems, "$.rules[0].apart", "list exactly two groups to keep apart (found 1)");
        AssertProblem(problems, "$.rules[2].apart", "list exactly two groups to keep apart (found 3)");
    }

    [Fact]
    public void Groups_must_not_be_empty_nor_overlap()
    {
        var problems = Problems(p =>
        {
            Rule(p, 0)["apart"]![0] = new JsonObject();
            Rule(p, 2)["apart"]![1] = new JsonObject { ["legalStatus"] = new JsonArray("Convicted", "Untried") };
            Rule(p, 3)["apart"]![0]!["legalStatus"] = new JsonArray();
            Rule(p, 5)["apart"]![1] = new JsonObject { ["sex"] = "Male" };
        });
        AssertProblem(problems, "$.rules[0].apart[0]", "a group needs at least one of sex, legalStatus, ageGroup, securityLevels");
        AssertProblem(problems, "$.rules[2].apart", "the two groups overlap");
        AssertProblem(problems, "$.rules[3].apart[0].legalStatus", "list at least one legal status");
        AssertProblem(problems, "$.rules[5].apart", "the two groups overlap");
    }

    [Fact]
    public void Security_levels_must_be_named_once()
    {
        var problems = Problems(p => Rule(p, 0)["apart"]![0]!["securityLevels"] = new JsonArray("High", "", "High"));
        AssertProblem(problems, "$.rules[0].apart[0].securityLevels[1]", "a security level name is required");
        AssertProblem(problems, "$.rules[0].apart[0].securityLevels[2]", "duplicate security level 'High'");
    }

    [Fact]
    public void Ids_titles_and_citations_are_checked()
    {
        var problems = Problems(p =>
        {
            Rule(p, 1)["id"] = "mandela-11a";
            Rule(p, 2)["id"] = "mandela-11";
            Rule(p, 3)["title"] = "";
            Rule(p, 4)["citation"]!["source"] = "nowhere";
            Rule(p, 5)["citation"]!["provision"] = " ";
            p["designation"]!["id"] = "";
        });
        AssertProblem(problems, "$.rules[1].id", "duplicate rule id 'mandela-11a'");
        AssertProblem(problems, "$.rules[3].title", "a title is required");
        AssertProblem(problems, "$.rules[4].citation.source", "unknown source 'nowhere'");
        AssertProblem(problems, "$.rules[5].citation.provision", "the provision is required");
        AssertProblem(problems, "$.designation.id", "a rule id is required");
    }

    [Fact]
    public void A_rule_id_may_not_be_the_designation_rules_id()
    {
        var problems = Problems(p => Rule(p, 2)["id"] = "mandela-11");
        AssertProblem(problems, "$.rules[2].id", "rule id 'mandela-11' is already the designation rule's id");
    }

    [Fact]
    public void The_child_age_is_between_1_and_30()
    {
        AssertProblem(Problems(p => p["childAgeBelow"]!["years"] = 0), "$.childAgeBelow.years", "must be between 1 and 30 (found 0)");
        AssertProblem(Problems(p => p["childAgeBelow"]!.AsObject().Remove("citation")), "$.childAgeBelow", "missing required property 'citation'");
    }

    [Fact]
    public void At_least_one_and_at_most_32_rules()
    {
        AssertProblem(Problems(p => p["rules"] = new JsonArray()), "$.rules", "at least one rule is required");
        var many = Problems(p =>
        {
            var rules = p["rules"]!.AsArray();
            for (var i = rules.Count; i < 33; i++)
            {
                var copy = rules[0]!.DeepClone();
                copy["id"] = "extra-" + Text(i);
                rules.Add(copy);
            }
        });
        AssertProblem(many, "$.rules", "at most 32 rules are supported (found 33)");
    }

    [Fact]
    public void Structure_problems_are_reported_before_domain_problems()
    {
        var problems = Problems(p =>
        {
            Rule(p, 0)["scope"] = "Wing";
            Rule(p, 1)["severity"] = "Optional";
            Rule(p, 2)["apart"]![0]!["sex"] = "M";
            Rule(p, 3)["colour"] = "red";
            Rule(p, 4)["apart"]!.AsArray().RemoveAt(1);
        });
        Assert.Equal(4, problems.Length);
        AssertProblem(problems, "$.rules[0].scope", "'Wing' is not one of: Facility, Unit, Place");
        AssertProblem(problems, "$.rules[1].severity", "'Optional' is not one of: Mandatory, Advisory");
        AssertProblem(problems, "$.rules[2].apart[0].sex", "'M' is not one of: Female, Male, Unknown");
        AssertProblem(problems, "$.rules[3].colour", "unknown property 'colour'");
    }

    [Fact]
    public void A_pack_of_another_kind_is_refused()
    {
        var problems = Problems(p => p["header"]!["kind"] = "classification-instrument");
        AssertProblem(problems, "$.header.kind", "this loader reads 'separation-policy' packs, not 'classification-instrument'");
        Assert.Throws<RulePackException>(() => SeparationPolicy.Load(Bytes(JsonNode.Parse("""{"header":{}}""")!)));
    }
}
