using System.IO;
using System.Text.Json.Nodes;
using Xunit;

namespace Inl.Justice.Cli.Tests;

/// <summary>End-to-end runs of <c>inl-justice separation</c>.</summary>
public sealed class SeparationCommandTests
{
    private static readonly string[] Example =
        ["separation", "--housing", CliRunner.Example("housing.json"), "--population", CliRunner.Example("population.json"), "--on", "2026-11-01"];

    [Fact]
    public void The_example_prints_every_violation_with_its_rule_and_exits_1()
    {
        var run = CliRunner.Run(Example);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2 mandatory violation(s), 3 advisory, 1 overcrowded place(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("MANDATORY mandela-11b-112-1", run.Out, StringComparison.Ordinal);
        Assert.Contains("Nelson Mandela Rules, rule 11(d); Havana Rules, rule 29", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_lists_the_violations()
    {
        var run = CliRunner.Run([.. Example, "--format", "json"]);
        Assert.Equal(1, run.ExitCode);
        var report = JsonNode.Parse(run.Out)!;
        Assert.Equal(5, report["violations"]!.AsArray().Count);
    }

    [Fact]
    public void A_clean_population_exits_0()
    {
        var population = JsonNode.Parse(File.ReadAllText(CliRunner.Example("population.json")))!;
        // Keep only adult convicted men in the men's convicted unit's single cells: nothing to report.
        var prisoners = population["prisoners"]!.AsArray();
        var keep = prisoners.Where(p => (string)p!["id"]! is "P-101").Select(p => p!.DeepClone()).ToArray();
        population["prisoners"] = new JsonArray(keep);
        var path = CliRunner.Temp("population.json", population.ToJsonString());
        var run = CliRunner.Run("separation", "--housing", CliRunner.Example("housing.json"), "--population", path, "--on", "2026-11-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 prisoner(s) (0 not placed)", run.Out, StringComparison.Ordinal);
        Assert.Contains("no violations", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_inputs_list_their_problems_with_paths_and_write_nothing()
    {
        var housing = JsonNode.Parse(File.ReadAllText(CliRunner.Example("housing.json")))!;
        housing["facilities"]![0]!["units"]![0]!["places"]![0]!["capacity"] = 0;
        var population = JsonNode.Parse(File.ReadAllText(CliRunner.Example("population.json")))!;
        population["prisoners"]![0]!["regime"] = "Solitary";
        var h = CliRunner.Temp("housing.json", housing.ToJsonString());
        var p = CliRunner.Temp("population.json", population.ToJsonString());
        var run = CliRunner.Run("separation", "--housing", h, "--population", p, "--on", "2026-11-01");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{h}: $.facilities[0].units[0].places[0].capacity", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{p}: $.prisoners[0].regime: 'Solitary' is not one of", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--on", "2026-13-01")]
    [InlineData("--pack", "no-such-pack")]
    public void Usage_errors_exit_2(string option, string value)
    {
        var run = CliRunner.Run([.. Example.Where((_, i) => i < 5), option, value]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Pack_validate_reads_every_kind()
    {
        foreach (var id in new[] { "un-separation-standards", "un-bangkok-safeguards", "us-bop-ps5100.08", "us-bop-review-schedule", "un-alternatives-screen" })
        {
            var path = CliRunner.Temp(id + ".json", System.Text.Encoding.UTF8.GetString(Inl.Justice.RulePacks.RulePackCatalog.EmbeddedJson(id).Span));
            var run = CliRunner.Run("pack", "validate", path);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"{id}@1.0.0 is valid", run.Out, StringComparison.Ordinal);
        }
    }
}
