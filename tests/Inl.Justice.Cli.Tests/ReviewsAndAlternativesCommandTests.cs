using System.IO;
using System.Text.Json.Nodes;
using Xunit;

namespace Inl.Justice.Cli.Tests;

/// <summary>End-to-end runs of <c>inl-justice reviews</c> and <c>inl-justice alternatives</c>.</summary>
public sealed class ReviewsAndAlternativesCommandTests
{
    private static readonly string[] Reviews = ["reviews", "--population", CliRunner.Example("population.json"), "--on", "2026-11-01"];

    [Fact]
    public void Reviews_lists_the_overdue_reviews_the_unschedulable_prisoner_and_the_rule_22_finding()
    {
        var run = CliRunner.Run(Reviews);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("5 due, 5 of them overdue; 1 record problem(s).", run.Out, StringComparison.Ordinal);
        Assert.Contains("2026-02-06 OVERDUE 268 day(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("$.prisoners[12].admittedOn", run.Out, StringComparison.Ordinal);
        Assert.Contains("W-301: held in DisciplinarySegregation while Pregnant: forbidden", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Reviews_with_a_horizon_and_json_output()
    {
        var run = CliRunner.Run([.. Reviews, "--horizon", "30", "--format", "json"]);
        Assert.Equal(0, run.ExitCode);
        var docket = JsonNode.Parse(run.Out)!;
        var due = docket["due"]!.AsArray();
        Assert.Equal(5, due.Count(d => (string)d!["status"]! == "Overdue"));
        Assert.Contains(due, d => (string)d!["id"]! == "W-303" && (string)d!["dueOn"]! == "2026-11-20" && (string)d!["status"]! == "Due");
    }

    [Fact]
    public void Reviews_of_a_malformed_register_list_every_problem_and_write_nothing()
    {
        var population = JsonNode.Parse(File.ReadAllText(CliRunner.Example("population.json")))!;
        population["prisoners"]![0]!["lastReviewOn"] = "2024-01-01";                   // before admission 2025-01-10
        population["prisoners"]![2]!["events"]![0]!["kind"] = "Escape";
        var path = CliRunner.Temp("population.json", population.ToJsonString());
        var run = CliRunner.Run("reviews", "--population", path, "--on", "2026-11-01");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{path}: $.prisoners[2].events[0].kind", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--horizon", "-1")]
    [InlineData("--pack", "no-such-pack")]
    public void Reviews_usage_errors_exit_2(string option, string value)
    {
        var run = CliRunner.Run([.. Reviews, option, value]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Alternatives_screens_the_example_cases_and_says_it_does_not_decide()
    {
        var run = CliRunner.Run("alternatives", "--cases", CliRunner.Example("screening.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("6 case(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("it does not make one", run.Out, StringComparison.Ordinal);
        Assert.Contains("favours: Non-custodial sentences preferred for a pregnant woman", run.Out, StringComparison.Ordinal);
        Assert.Contains("record SeriousOffence to decide", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Alternatives_json_output_has_a_result_per_case()
    {
        var run = CliRunner.Run("alternatives", "--cases", CliRunner.Example("screening.json"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var report = JsonNode.Parse(run.Out)!;
        Assert.Equal(["A-201", "A-202", "A-203", "A-204", "A-205", "A-206"], report["results"]!.AsArray().Select(r => (string)r!["id"]!));
    }

    [Fact]
    public void Alternatives_report_undeclared_facts_and_bad_values_with_paths_and_write_nothing()
    {
        var cases = JsonNode.Parse(File.ReadAllText(CliRunner.Example("screening.json")))!;
        cases["cases"]![0]!["facts"]!["Pregant"] = true;
        cases["cases"]![3]!["facts"] = new JsonObject { ["Carer"] = true };
        var path = CliRunner.Temp("screening.json", cases.ToJsonString());
        var run = CliRunner.Run("alternatives", "--cases", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{path}: $.cases[0].facts.Pregant", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.cases[3].facts.Carer", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 problem(s)", run.Error, StringComparison.Ordinal);
    }
}
