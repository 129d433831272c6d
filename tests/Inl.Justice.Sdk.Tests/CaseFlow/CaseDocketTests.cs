using System.IO;
using System.Text.Json.Nodes;
using Inl.Justice.CaseFlow;
using Inl.Justice.Common;
using NodaTime;
using Xunit;
using static Inl.Justice.Tests.CaseFlow.CaseFlowFixtures;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>Reading dockets: every problem with its JSON path, impossible sequences included; round trips.</summary>
public sealed class CaseDocketTests
{
    private static JsonObject Example() => JsonNode.Parse(File.ReadAllText(TestData.RepoFile("docs/examples/cases.json")))!.AsObject();

    private static System.Collections.Immutable.ImmutableArray<Problem> Problems(Action<JsonObject> edit)
    {
        var docket = Example();
        edit(docket);
        var result = CaseDocket.TryLoad(Bytes(docket), "cases.json");
        Assert.False(result.IsValid, "the edited docket should be rejected");
        return result.Problems;
    }

    private static void AssertProblem(IReadOnlyList<Problem> problems, string path, string fragment) =>
        Assert.Contains(problems, p => p.Path == path && p.Message.Contains(fragment, StringComparison.Ordinal) && p.Source == "cases.json");

    [Fact]
    public void The_example_docket_loads()
    {
        var docket = CaseDocket.TryLoadFile(TestData.RepoFile("docs/examples/cases.json")).Value;
        Assert.Equal(7, docket.Cases.Length);
        Assert.Equal("America/New_York", docket.Find("1:25-cr-00017")!.TimeZone.Id);
    }

    [Fact]
    public void A_judgment_before_any_charge_is_a_problem_not_a_crash()
    {
        var problems = Problems(d =>
        {
            var events = d["cases"]![1]!["events"]!.AsArray();
            events[3]!["on"] = "2024-12-20";              // charge filed after the trial, the judgment and the appeal
        });
        AssertProblem(problems, "$.cases[1].events[4]", "TrialStarted on 2024-11-18 comes before a charge filed");
        AssertProblem(problems, "$.cases[1].events[5]", "Judgment on 2024-11-22 comes before a charge filed");
    }

    [Fact]
    public void A_sentence_or_appeal_before_judgment_is_a_problem()
    {
        var problems = Problems(d => d["cases"]![1]!["events"]![6]!["on"] = "2024-11-21");
        AssertProblem(problems, "$.cases[1].events[6]", "AppealFiled on 2024-11-21 comes before a judgment");
    }

    // County of Riverside v. McLaughlin, 500 U.S. 44 (1991) concerns warrantless arrests, so only an arrest records
    // whether it was made under a warrant; on any other event withWarrant is a problem with its path.
    [Fact]
    public void McLaughlin_withWarrant_is_only_allowed_on_an_arrest()
    {
        var problems = Problems(d => d["cases"]![0]!["events"]![1]!["withWarrant"] = true);     // a FirstAppearance
        AssertProblem(problems, "$.cases[0].events[1].withWarrant", "only an Arrest is made with or without a warrant (found FirstAppearance)");
        AssertProblem(Problems(d => d["cases"]![0]!["events"]![4]!["withWarrant"] = false), "$.cases[0].events[4].withWarrant", "(found ChargeFiled)");
    }

    [Fact]
    public void McLaughlin_withWarrant_on_an_arrest_is_read_and_written()
    {
        var json = Example();
        json["cases"]![0]!["events"]![0]!["withWarrant"] = true;
        var docket = CaseDocket.TryLoad(Bytes(json)).Value;
        Assert.True(docket.Cases[0].Events[0].WithWarrant);
        Assert.True(CaseDocket.TryLoad(docket.ToJson()).Value.Cases[0].Events[0].WithWarrant);
        json["cases"]![0]!["events"]![0]!["withWarrant"] = false;
        Assert.False(CaseDocket.TryLoad(Bytes(json)).Value.Cases[0].Events[0].WithWarrant);
        Assert.False(CaseDocket.TryLoadFile(TestData.RepoFile("docs/examples/cases.json")).Value.Cases[0].Events[0].WithWarrant);   // not recorded: warrantless
    }

    [Fact]
    public void A_minimum_term_is_read_written_and_checked_against_the_maximum()
    {
        AssertProblem(Problems(d => d["cases"]![0]!["charges"]![0]!["minPenaltyYears"] = 25), "$.cases[0].charges[0].minPenaltyYears", "the minimum term (25 years) exceeds the maximum (20 years)");
        AssertProblem(Problems(d => d["cases"]![0]!["charges"]![0]!["minPenaltyYears"] = -1), "$.cases[0].charges[0].minPenaltyYears", "must be 0 to 200");
        var json = JsonNode.Parse(File.ReadAllText(TestData.RepoFile("docs/examples/cases.json")))!;
        json["cases"]![0]!["charges"]![0]!["minPenaltyYears"] = 2;
        var docket = CaseDocket.TryLoad(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString())).Value;
        Assert.Equal(2, docket.Cases[0].Charges[0].MinPenaltyYears);
        Assert.Equal(2, CaseDocket.TryLoad(docket.ToJson()).Value.Cases[0].Charges[0].MinPenaltyYears);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path()
    {
        var problems = Problems(d =>
        {
            var c = d["cases"]![0]!;
            c["timeZone"] = "Eastern";
            c["events"]![0]!["defendant"] = "D9";
            c["events"]![1]!["on"] = "2025-01-07";          // both at and on
            c["events"]![2]!["kind"] = "Hearing";
            c["exclusions"]![0]!["to"] = "2025-02-01";
            c["charges"]![0]!["maxPenaltyYears"] = -1;
            d["cases"]![2]!["id"] = "1:25-cr-00017";
        });
        AssertProblem(problems, "$.cases[0].events[2].kind", "'Hearing' is not one of");
        Assert.Single(problems);                            // a structural problem stops before the domain checks

        problems = Problems(d =>
        {
            var c = d["cases"]![0]!;
            c["timeZone"] = "Eastern";
            c["events"]![0]!["defendant"] = "D9";
            c["events"]![1]!["on"] = "2025-01-07";
            c["exclusions"]![0]!["to"] = "2025-02-01";
            c["charges"]![0]!["maxPenaltyYears"] = -1;
            d["cases"]![3]!["events"]![0]!["defendant"] = "Z9";
            d["cases"]![4]!["id"] = "NRB-CR-2025-0412";
        });
        AssertProblem(problems, "$.cases[0].timeZone", "'Eastern' is not a tz database time zone id");
        AssertProblem(problems, "$.cases[0].events[1]", "give exactly one of 'at'");
        AssertProblem(problems, "$.cases[0].exclusions[0].to", "2025-02-01 is before from 2025-02-20");
        AssertProblem(problems, "$.cases[0].charges[0].maxPenaltyYears", "must be 0 to 200");
        AssertProblem(problems, "$.cases[3].events[0].defendant", "'Z9' is not a defendant of the case");
        AssertProblem(problems, "$.cases[4].id", "duplicate case id 'NRB-CR-2025-0412'");
    }

    [Fact]
    public void Syntax_errors_have_a_line_and_column()
    {
        var result = CaseDocket.TryLoad("{\n  \"cases\": [ }"u8.ToArray(), "bad.json");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void A_docket_round_trips_through_JSON()
    {
        var docket = CaseDocket.TryLoadFile(TestData.RepoFile("docs/examples/cases.json")).Value;
        var again = CaseDocket.TryLoad(docket.ToJson()).Value;
        // ImmutableArray<T> compares by reference, so compare the cases (whose equality compares contents).
        Assert.Equal(docket.Cases.Length, again.Cases.Length);
        Assert.All(docket.Cases.Zip(again.Cases), pair => Assert.Equal(pair.First, pair.Second));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(docket.ToJson()), System.Text.Encoding.UTF8.GetString(again.ToJson()));
    }

    [Fact]
    public void Stages_follow_from_events()
    {
        var docket = CaseDocket.TryLoadFile(TestData.RepoFile("docs/examples/cases.json")).Value;
        var end = Instant.FromUtc(2025, 6, 1, 0, 0);
        Assert.Equal(CaseStage.Appeal, docket.Find("1:24-cr-00311")!.StageOf(D1, end));
        Assert.Equal(CaseStage.Charged, docket.Find("1:25-cr-00017")!.StageOf(D1, end));
        Assert.Equal(CaseStage.PreCharge, docket.Find("NRB-CR-2025-0519")!.StageOf(new PersonId("A1"), end));
        Assert.Equal(CaseStage.PreCharge, docket.Find("1:24-cr-00311")!.StageOf(D1, Instant.FromUtc(2024, 9, 10, 0, 0)));
    }

    [Fact]
    public void Unknown_exclusion_reasons_are_reported_by_the_clock_set()
    {
        var c = Case(NewYork, On(CaseEventKind.Arrest, 2025, 1, 6, D1)).WithExclusions(("sta-h1d-pretrial-motoin", Date(2025, 1, 8), Date(2025, 1, 9)));
        var problem = Assert.Single(UsClocks.Check(c, "$.cases[0]", "cases.json"));
        Assert.Equal("$.cases[0].exclusions[0].reason", problem.Path);
        Assert.Contains("no clock of us-federal-criminal-clocks@1.0.0 excludes 'sta-h1d-pretrial-motoin'", problem.Message, StringComparison.Ordinal);
    }
}
