using System.Text;
using System.Text.Json.Nodes;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Separation;
using Xunit;
using static Inl.Justice.Tests.Corrections.Separation.SeparationFixtures;

namespace Inl.Justice.Tests.Corrections.Separation;

/// <summary>Every problem of a housing plan is reported with its JSON path, all at once; the lookups and the model.</summary>
public sealed class HousingPlanLoaderTests
{
    private const string Valid = """
        {
          "facilities": [
            { "id": "F1", "name": "Central", "units": [
              { "id": "U1", "name": "Women", "designation": { "sex": "Female" }, "places": [ { "id": "P1", "kind": "Cell", "capacity": 2 } ] },
              { "id": "U2", "name": "Remand", "designation": { "legalStatus": [ "Untried" ], "ageGroup": "Adult" }, "places": [ { "id": "P2", "kind": "Dormitory", "capacity": 20 } ] }
            ] }
          ]
        }
        """;

    private static JsonObject Doc() => JsonNode.Parse(Valid)!.AsObject();

    private static System.Collections.Immutable.ImmutableArray<Problem> Problems(Action<JsonObject> edit)
    {
        var doc = Doc();
        edit(doc);
        var result = HousingPlan.TryLoad(Bytes(doc), "housing.json");
        Assert.False(result.IsValid, "the edited plan should be rejected");
        return result.Problems;
    }

    private static void AssertProblem(IReadOnlyList<Problem> problems, string path, string fragment) =>
        Assert.Contains(problems, p => p.Path == path && p.Message.Contains(fragment, StringComparison.Ordinal) && p.Source == "housing.json");

    [Fact]
    public void A_valid_plan_loads_with_its_lookups()
    {
        var plan = HousingPlan.TryLoad(Encoding.UTF8.GetBytes(Valid)).Value;
        Assert.Equal(22, plan.Capacity);
        Assert.True(plan.TryGetPlace("P2", out var place));
        Assert.Equal((PlaceKind.Dormitory, 20), (place.Kind, place.Capacity));
        Assert.Equal("U2", plan.UnitOf("P2").Id);
        Assert.Equal("F1", plan.FacilityOf("P2").Id);
        Assert.Equal("F1", plan.FacilityOf("U1").Id);
        Assert.True(plan.TryGetUnit("U2", out var unit));
        Assert.Equal("Untried, Adult", unit.Designation!.ToString());
        Assert.True(plan.TryLocate("P1", out var location));
        Assert.Equal(("F1/U1/P1", SeparationScope.Place), (location.ToString(), location.Scope));
        Assert.True(plan.TryLocate("F1", out location));
        Assert.Equal(SeparationScope.Facility, location.Scope);
        Assert.False(plan.TryLocate("nope", out _));
        Assert.False(plan.TryGetPlace("U1", out _));
        Assert.Throws<ArgumentException>(() => plan.UnitOf("U1"));
        Assert.Throws<ArgumentException>(() => plan.FacilityOf("F1"));
    }

    [Fact]
    public void Ids_are_unique_across_facilities_units_and_places()
    {
        var problems = Problems(d =>
        {
            d["facilities"]![0]!["units"]![1]!["places"]![0]!["id"] = "U1";
            d["facilities"]![0]!["units"]![1]!["id"] = "F1";
        });
        AssertProblem(problems, "$.facilities[0].units[1].id", "duplicate id 'F1' (also at $.facilities[0].id)");
        AssertProblem(problems, "$.facilities[0].units[1].places[0].id", "duplicate id 'U1' (also at $.facilities[0].units[0].id)");
    }

    [Fact]
    public void Capacity_is_at_least_one_and_names_and_ids_are_not_blank()
    {
        var problems = Problems(d =>
        {
            d["facilities"]![0]!["units"]![0]!["places"]![0]!["capacity"] = 0;
            d["facilities"]![0]!["units"]![0]!["name"] = " ";
            d["facilities"]![0]!["units"]![1]!["places"]![0]!["id"] = " P2";
        });
        Assert.Equal(3, problems.Length);
        AssertProblem(problems, "$.facilities[0].units[0].places[0].capacity", "a place holds at least 1 prisoner (found 0)");
        AssertProblem(problems, "$.facilities[0].units[0].name", "a name is required");
        AssertProblem(problems, "$.facilities[0].units[1].places[0].id", "must not start or end with white space");
    }

    [Fact]
    public void Designations_must_restrict_something_and_not_repeat_statuses()
    {
        var problems = Problems(d =>
        {
            d["facilities"]![0]!["units"]![0]!["designation"] = new JsonObject();
            d["facilities"]![0]!["units"]![1]!["designation"]!["legalStatus"] = new JsonArray("Untried", "Civil", "Untried");
        });
        AssertProblem(problems, "$.facilities[0].units[0].designation", "an empty designation admits everyone; omit it");
        AssertProblem(problems, "$.facilities[0].units[1].designation.legalStatus[2]", "duplicate legal status 'Untried'");
        var empty = Problems(d => d["facilities"]![0]!["units"]![1]!["designation"]!["legalStatus"] = new JsonArray());
        AssertProblem(empty, "$.facilities[0].units[1].designation.legalStatus", "list at least one legal status");
    }

    [Fact]
    public void Structure_problems_are_all_reported_with_their_paths()
    {
        var problems = Problems(d =>
        {
            d["facilities"]![0]!["units"]![0]!["places"]![0]!["kind"] = "Tent";
            d["facilities"]![0]!["units"]![0]!["places"]![0]!["beds"] = 2;
            d["facilities"]![0]!["units"]![1]!["designation"]!["ageGroup"] = "Juvenile";
            d["facilities"]![0]!.AsObject().Remove("name");
            d["facilities"]![0]!["units"]![1]!["places"]![0]!["capacity"] = "20";
        });
        AssertProblem(problems, "$.facilities[0].units[0].places[0].kind", "'Tent' is not one of: Cell, Dormitory");
        AssertProblem(problems, "$.facilities[0].units[0].places[0].beds", "unknown property 'beds'");
        AssertProblem(problems, "$.facilities[0].units[1].designation.ageGroup", "'Juvenile' is not one of: Child, Adult");
        AssertProblem(problems, "$.facilities[0]", "missing required property 'name'");
        AssertProblem(problems, "$.facilities[0].units[1].places[0].capacity", "expected a number but found a string");
    }

    [Fact]
    public void Syntax_errors_have_a_line_and_column()
    {
        var problem = Assert.Single(HousingPlan.TryLoad(Encoding.UTF8.GetBytes("{\n  \"facilities\": [ }"), "housing.json").Problems);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_refuses_duplicate_ids_and_bad_values_as_programming_errors()
    {
        var cell = Cell("X", 1);
        Assert.Throws<ArgumentException>(() => new HousingPlan([Facility("F", Unit("U", null, cell, cell))]));
        Assert.Throws<ArgumentException>(() => new HousingPlan([Facility("F", Unit("F", null))]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cell("Y", 0));
        Assert.Throws<ArgumentException>(() => Cell(" ", 1));
        Assert.Throws<ArgumentException>(() => new UnitDesignation { LegalStatuses = [LegalStatus.Civil, LegalStatus.Civil] });
        Assert.Throws<ArgumentException>(() => new HousingLocation("F", null, "P"));
    }

    [Fact]
    public void A_plan_written_back_loads_to_an_equal_plan()
    {
        var again = HousingPlan.TryLoad(Plan.ToJson()).Value;
        Assert.Equal(Plan.Facilities.ToArray(), again.Facilities.ToArray());
        Assert.Equal(Plan.ToJson(), again.ToJson());
    }
}
