using System.IO;
using System.Text.Json.Nodes;
using Xunit;

namespace Inl.Justice.Cli.Tests;

/// <summary>End-to-end runs of <c>inl-justice indicators</c> on docs/examples/indicators.json (illustrative data).</summary>
public sealed class IndicatorsCommandTests
{
    [Fact]
    public void Table_lists_each_indicator_by_year_with_missing_years_trend_and_unknown_sex()
    {
        var run = CliRunner.Run("indicators", "--input", CliRunner.Example("indicators.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ILLUSTRATIVE DATA", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"women-share-police\s+11\.5%\s+12\.4%\s+—\s+14\.6%\s+Rising\s+Primary", run.Out);
        Assert.Matches(@"sdg-16-7-1c-judges-women\s+0\.72\s+0\.76\s+—\s+0\.82\s+Rising\s+Secondary", run.Out);
        Assert.Contains("2021 Police: 35", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Json_output_has_points_with_explicit_missing_years()
    {
        var run = CliRunner.Run("indicators", "--input", CliRunner.Example("indicators.json"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var report = JsonNode.Parse(run.Out)!;
        var police = report["indicators"]!.AsArray().Single(i => (string)i!["id"]! == "women-share-police")!;
        Assert.Equal(4, police["points"]!.AsArray().Count);
        Assert.Null(police["points"]![2]!["value"]);
        Assert.Equal("Rising", (string)police["trend"]!);
    }

    [Fact]
    public void Json_output_writes_non_ascii_characters_as_themselves()
    {
        var run = CliRunner.Run("indicators", "--input", CliRunner.Example("indicators.json"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Republic of Example — justice-sector gender indicators", run.Out, StringComparison.Ordinal);
        Assert.Contains("women ÷ (women + men)", run.Out, StringComparison.Ordinal);
        Assert.Contains("country's statistics", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_lists_every_problem_with_path_and_writes_nothing()
    {
        var data = JsonNode.Parse(File.ReadAllText(CliRunner.Example("indicators.json")))!;
        data["years"]![0]!["personnel"]![0]!["women"] = -1;
        data["years"]![1]!["detention"]!["unsentenced"]!["men"] = 99999;
        var path = CliRunner.Temp("indicators.json", data.ToJsonString());
        var run = CliRunner.Run("indicators", "--input", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{path}: $.years[0].personnel[0].women", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.years[1].detention.unsentenced.men", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 problem(s); nothing was written.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_bad_format_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("indicators", "--input", "/no/such/file.json").ExitCode);
        Assert.Equal(2, CliRunner.Run("indicators", "--input", CliRunner.Example("indicators.json"), "--format", "html").ExitCode);
    }
}
