using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Inl.Justice.Cli.Tests;

/// <summary>End-to-end runs of <c>inl-justice classify</c> on files.</summary>
public sealed class ClassifyCommandTests
{
    [Fact]
    public void The_example_cohort_prints_every_prisoner_with_level_and_score()
    {
        var run = CliRunner.Run("classify", "--input", CliRunner.Example("prisoners.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("us-bop-ps5100.08@1.0.0", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"\| P09 \| Male +\| +1 \| Minimum +\| psf-disruptive-group +\| High +\|", run.Out);
        Assert.Matches(@"\| P16 \| Male +\| +24 \| High +\| - +\| High +\|", run.Out);
        Assert.Contains("Levels: Minimum 7, Low 8, Medium 5, High 6", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_the_documented_fields()
    {
        var run = CliRunner.Run("classify", "--input", CliRunner.Example("prisoners.json"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var results = JsonNode.Parse(run.Out)!.AsArray();
        Assert.Equal(26, results.Count);
        var p05 = results.Single(r => (string)r!["id"]! == "P05")!;
        Assert.Equal(7, (int)p05["score"]!);
        Assert.Equal("Minimum", (string)p05["scoredLevel"]!);
        Assert.Equal("Low", (string)p05["level"]!);
        Assert.Equal(9, p05["contributions"]!.AsArray().Count);
        Assert.All(p05["contributions"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace((string)c!["citation"]!["provision"]!)));
        Assert.Equal(["psf-sentence-length-10", "psf-greatest-severity"], p05["floors"]!.AsArray().Select(f => (string)f!["rule"]!));
    }

    [Fact]
    public void Explain_prints_the_full_breakdown_of_one_prisoner()
    {
        var run = CliRunner.Run("classify", "--input", CliRunner.Example("prisoners.json"), "--explain", "P04");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Breakdown for P04 (Female)", run.Out, StringComparison.Ordinal);
        Assert.Contains("minor, 5–9 years ago (value 7)", run.Out, StringComparison.Ordinal);
        Assert.Contains("| Total ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Level: Low", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embedded_pack_can_be_chosen_by_id_and_a_pack_file_by_path()
    {
        // The example cohort carries BOP public safety factors that the example pack does not declare: refused, with paths.
        var refused = CliRunner.Run("classify", "--input", CliRunner.Example("prisoners.json"), "--pack", "xx-example-classification");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("$.prisoners[5].publicSafetyFactors[0]: 'DeportableAlien' is not a flag of xx-example-classification@1.0.0", refused.Error, StringComparison.Ordinal);

        var cohort = JsonNode.Parse(File.ReadAllText(CliRunner.Example("prisoners.json")))!;
        foreach (var prisoner in cohort["prisoners"]!.AsArray())
        {
            prisoner!.AsObject().Remove("publicSafetyFactors");
        }
        var byId = CliRunner.Run("classify", "--input", CliRunner.Temp("cohort.json", cohort.ToJsonString()), "--pack", "xx-example-classification");
        Assert.Equal(0, byId.ExitCode);
        Assert.Contains("EXAMPLE, not a validated instrument", byId.Out, StringComparison.Ordinal);

        var pack = CliRunner.Temp("pack.json", System.Text.Encoding.UTF8.GetString(Inl.Justice.RulePacks.RulePackCatalog.EmbeddedJson("us-bop-ps5100.08").Span));
        var byPath = CliRunner.Run("classify", "--input", CliRunner.Example("prisoners.json"), "--pack", pack);
        Assert.Equal(0, byPath.ExitCode);
    }

    [Fact]
    public void A_malformed_input_lists_every_problem_with_file_and_path_and_writes_nothing()
    {
        var cohort = JsonNode.Parse(File.ReadAllText(CliRunner.Example("prisoners.json")))!;
        cohort["prisoners"]![0]!["sex"] = "M";
        cohort["prisoners"]![1]!["criminalHistoryPoints"] = -2;
        cohort["prisoners"]![2]!["id"] = "P01";
        cohort["prisoners"]![3]!["dateOfBirth"] = "1990-13-01";
        cohort["prisoners"]![4]!["height"] = 180;
        var path = CliRunner.Temp("cohort.json", cohort.ToJsonString());

        var run = CliRunner.Run("classify", "--input", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{path}: $.prisoners[0].sex: 'M' is not one of: Female, Male, Unknown", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.prisoners[3].dateOfBirth: '1990-13-01' is not a valid date", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.prisoners[4].height: unknown property 'height'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_and_instrument_problems_are_listed_together_after_the_structure_is_sound()
    {
        var cohort = JsonNode.Parse(File.ReadAllText(CliRunner.Example("prisoners.json")))!;
        cohort["prisoners"]![1]!["criminalHistoryPoints"] = -2;
        cohort["prisoners"]![2]!["id"] = "P01";
        cohort["prisoners"]![5]!["publicSafetyFactors"] = new JsonArray("Gang");
        cohort["prisoners"]![6]!["violence"]![0]!["date"] = "2027-01-01";
        var path = CliRunner.Temp("cohort.json", cohort.ToJsonString());

        var run = CliRunner.Run("classify", "--input", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("$.prisoners[1].criminalHistoryPoints: must not be negative", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.prisoners[2].id: duplicate prisoner id 'P01'", run.Error, StringComparison.Ordinal);

        cohort["prisoners"]![1]!["criminalHistoryPoints"] = 2;
        cohort["prisoners"]![2]!["id"] = "P03";
        var second = CliRunner.Run("classify", "--input", CliRunner.Temp("cohort.json", cohort.ToJsonString()));
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("$.prisoners[5].publicSafetyFactors[0]: 'Gang' is not a flag of us-bop-ps5100.08@1.0.0", second.Error, StringComparison.Ordinal);
        Assert.Contains("$.prisoners[6].violence[0].date: 2027-01-01 is after the assessment date 2026-11-01", second.Error, StringComparison.Ordinal);
        Assert.Contains("2 problem(s); nothing was written.", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_pack_file_lists_its_problems_with_exit_code_1()
    {
        var pack = JsonNode.Parse(Inl.Justice.RulePacks.RulePackCatalog.EmbeddedJson("us-bop-ps5100.08").ToArray())!;
        pack["items"]![2]!["bands"]![1]!["min"] = 3;
        pack["scales"]![0]!["bands"]![3]!["min"] = 25;
        var path = CliRunner.Temp("bad-pack.json", pack.ToJsonString());

        var run = CliRunner.Run("classify", "--input", CliRunner.Example("prisoners.json"), "--pack", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{path}: $.items[2].bands[1].min: gap: values 2–2 fall in no band", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.scales[0].bands[3].min: gap: scores 24–24 fall in no band", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_reports_line_and_column()
    {
        var path = CliRunner.Temp("broken.json", "{\n  \"assessedOn\": \"2026-11-01\",\n  \"prisoners\": [ { \"id\": \"A\" ]\n}");
        var run = CliRunner.Run("classify", "--input", path);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{path}(3,", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("classify", "--input")]
    [InlineData("classify", "--input", "x.json", "--format", "xml")]
    [InlineData("classify", "--bogus")]
    [InlineData("fly")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void A_missing_file_or_unknown_pack_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("classify", "--input", "/nonexistent/cohort.json").ExitCode);
        var unknown = CliRunner.Run("classify", "--input", CliRunner.Example("prisoners.json"), "--pack", "ke-kps-2030");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("is neither a file nor an embedded classification-instrument pack", unknown.Error, StringComparison.Ordinal);
        var explain = CliRunner.Run("classify", "--input", CliRunner.Example("prisoners.json"), "--explain", "P99");
        Assert.Equal(2, explain.ExitCode);
        Assert.Equal(string.Empty, explain.Out);
    }
}
