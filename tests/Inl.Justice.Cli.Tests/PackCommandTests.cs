using System.Text.Json.Nodes;
using Xunit;

namespace Inl.Justice.Cli.Tests;

public sealed class PackCommandTests
{
    [Fact]
    public void List_shows_the_embedded_packs()
    {
        var run = CliRunner.Run("pack", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("us-bop-ps5100.08", run.Out, StringComparison.Ordinal);
        Assert.Contains("[EXAMPLE]", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_a_valid_pack_with_its_verification_counts()
    {
        var path = CliRunner.Temp("bop.json", System.Text.Encoding.UTF8.GetString(Inl.Justice.RulePacks.RulePackCatalog.EmbeddedJson("us-bop-ps5100.08").Span));
        var run = CliRunner.Run("pack", "validate", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("us-bop-ps5100.08@1.0.0 is valid: 9 items, 12 floors, 0 ceilings, scores -3..45", run.Out, StringComparison.Ordinal);
        Assert.Contains("unverified", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_lists_every_problem()
    {
        var pack = JsonNode.Parse(Inl.Justice.RulePacks.RulePackCatalog.EmbeddedJson("us-bop-ps5100.08").ToArray())!;
        pack["header"]!["version"] = "one";
        pack["levels"]![1]!["id"] = "Minimum";
        var path = CliRunner.Temp("bad.json", pack.ToJsonString());
        var run = CliRunner.Run("pack", "validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: $.header.version:", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.levels[1].id: duplicate level id 'Minimum'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_prints_the_published_schema()
    {
        var run = CliRunner.Run("pack", "schema", "classification-instrument");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string)JsonNode.Parse(run.Out)!["$schema"]!);
    }
}
