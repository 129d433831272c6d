using System.IO;
using System.Text.Json.Nodes;
using Xunit;

namespace Inl.Justice.Cli.Tests;

/// <summary>End-to-end runs of <c>inl-justice deadlines</c> and <c>inl-justice timeline</c> on docs/examples/cases.json.</summary>
public sealed class CaseFlowCommandTests
{
    private static readonly string[] Deadlines = ["deadlines", "--input", CliRunner.Example("cases.json"), "--as-of", "2025-05-15"];

    [Fact]
    public void Deadlines_prints_every_clock_with_status_due_days_and_citation()
    {
        var run = CliRunner.Run(Deadlines);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("4 overdue, 1 missed", run.Out, StringComparison.Ordinal);
        var line = run.Out.Split('\n').Single(l => l.Contains("1:25-cr-00017", StringComparison.Ordinal) && l.Contains("sta-3161-c1", StringComparison.Ordinal) && l.Contains("D1", StringComparison.Ordinal));
        Assert.Contains("Overdue", line, StringComparison.Ordinal);
        Assert.Contains("2025-05-12 (rolled)", line, StringComparison.Ordinal);
        Assert.Contains("3 over", line, StringComparison.Ordinal);
        Assert.Contains("44", line, StringComparison.Ordinal);
        Assert.Contains("18 U.S.C. §3161(c)(1) [secondary source]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_as_of_the_report_is_for_today_in_the_zone_of_the_clock_the_tool_is_given()
    {
        // 03:00 UTC on 15 January is still 14 January in New York: "today" is the local date, not the UTC one.
        var run = CliRunner.Run("deadlines", "--input", CliRunner.Example("cases.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Deadlines as of the end of 2026-01-14 ", run.Out, StringComparison.Ordinal);
        Assert.Equal(CliRunner.Run("deadlines", "--input", CliRunner.Example("cases.json"), "--as-of", "2026-01-14").Out, run.Out);
    }

    [Fact]
    public void Deadlines_json_has_due_status_days_excluded_and_citation_per_clock()
    {
        var run = CliRunner.Run([.. Deadlines, "--format", "json"]);
        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Out)!;
        Assert.Equal(7, json["cases"]!.AsArray().Count);
        var india = json["cases"]!.AsArray().Single(c => (string)c!["id"]! == "DEL-FIR-2025-0219")!["clocks"]!.AsArray()
            .Single(c => (string)c!["clock"]! == "in-s167-60d")!;
        Assert.Equal("Overdue", (string)india["status"]!);
        Assert.Equal("2025-04-02", (string)india["due"]!);
        Assert.Equal(43, (int)india["daysOverdue"]!);
        Assert.Equal(0, (int)india["excludedDays"]!);
        Assert.Equal("CrPC s.167(2)(a)(ii) (BNSS s.187(3)(ii))", (string)india["citation"]!["provision"]!);
        var running = json["cases"]!.AsArray().Single(c => (string)c!["id"]! == "1:25-cr-00017")!["clocks"]!.AsArray()
            .Single(c => (string)c!["clock"]! == "sta-3164-detained" && (string)c!["defendant"]! == "D1")!;
        Assert.Equal(12, (int)running["daysRemaining"]!);
    }

    [Fact]
    public void Pack_overrides_the_clocks_of_every_case()
    {
        var run = CliRunner.Run([.. Deadlines, "--pack", "un-iccpr-custody-clocks", "--format", "json"]);
        Assert.Equal(0, run.ExitCode);
        var clocks = JsonNode.Parse(run.Out)!["cases"]!.AsArray().SelectMany(c => c!["clocks"]!.AsArray()).ToList();
        Assert.All(clocks, c => Assert.Equal("iccpr-9-3-48h", (string)c!["clock"]!));
        Assert.Contains(clocks, c => (string)c!["status"]! == "Overdue");
    }

    [Fact]
    public void Bad_docket_lists_every_problem_with_its_path_and_writes_nothing()
    {
        var docket = JsonNode.Parse(File.ReadAllText(CliRunner.Example("cases.json")))!;
        docket["cases"]![0]!["timeZone"] = "Eastern Standard Time";
        docket["cases"]![1]!["events"]![3]!["on"] = "2024-12-20";
        var path = CliRunner.Temp("cases.json", docket.ToJsonString());
        var run = CliRunner.Run("deadlines", "--input", path, "--as-of", "2025-05-15");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{path}: $.cases[0].timeZone: 'Eastern Standard Time' is not a tz database time zone id", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.cases[1].events[4]: TrialStarted on 2024-11-18 comes before a charge filed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exclusion_reason_the_pack_does_not_know_is_a_problem()
    {
        var docket = JsonNode.Parse(File.ReadAllText(CliRunner.Example("cases.json")))!;
        docket["cases"]![0]!["exclusions"]![1]!["reason"] = "sta-h7-ends-of-justise";
        var path = CliRunner.Temp("cases.json", docket.ToJsonString());
        var run = CliRunner.Run("deadlines", "--input", path, "--as-of", "2025-05-15");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: $.cases[0].exclusions[1].reason: no clock of us-federal-criminal-clocks@1.0.0 excludes 'sta-h7-ends-of-justise'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--pack", "no-such-clocks")]
    [InlineData("--calendar", "no-such-calendar")]
    [InlineData("--as-of", "15/05/2025")]
    public void Usage_errors_exit_2(string option, string value)
    {
        var run = CliRunner.Run("deadlines", "--input", CliRunner.Example("cases.json"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Timeline_writes_the_svg_of_one_case()
    {
        var svg = Path.Combine(Path.GetDirectoryName(CliRunner.Temp("x.txt", ""))!, "case.svg");
        var run = CliRunner.Run("timeline", "--input", CliRunner.Example("cases.json"), "--case", "1:25-cr-00017", "--svg", svg, "--as-of", "2025-05-15");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 late", run.Out, StringComparison.Ordinal);
        var doc = System.Xml.Linq.XDocument.Load(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
    }

    [Fact]
    public void Timeline_of_an_unknown_case_writes_nothing()
    {
        var svg = Path.Combine(Path.GetDirectoryName(CliRunner.Temp("x.txt", ""))!, "none.svg");
        var run = CliRunner.Run("timeline", "--input", CliRunner.Example("cases.json"), "--case", "nope", "--svg", svg, "--as-of", "2025-05-15");
        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(svg));
        Assert.Contains("1:25-cr-00017", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-federal-criminal-clocks", "8 clocks, calendar us-federal-courts")]
    [InlineData("ke-courts", "weekend Saturday/Sunday, 9 holiday rules, 2 closure day(s), court hours 08:00-17:00")]
    public void Pack_validate_reads_the_case_flow_kinds(string id, string summary)
    {
        var path = CliRunner.Temp(id + ".json", System.Text.Encoding.UTF8.GetString(Inl.Justice.RulePacks.RulePackCatalog.EmbeddedJson(id).Span));
        var run = CliRunner.Run("pack", "validate", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(summary, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_validate_lists_every_problem_of_a_clock_pack()
    {
        var pack = JsonNode.Parse(Inl.Justice.RulePacks.RulePackCatalog.EmbeddedJson("ke-criminal-clocks").ToArray(), documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        pack["clocks"]![0]!["limit"] = new JsonObject { ["hours"] = 24, ["days"] = 1 };
        pack["clocks"]![0]!["citation"]!["source"] = "nowhere";
        var path = CliRunner.Temp("bad.json", pack.ToJsonString());
        var run = CliRunner.Run("pack", "validate", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: $.clocks[0].limit: give exactly one of 'days', 'hours', 'months'", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.clocks[0].citation.source: unknown source 'nowhere'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("statutory-clocks")]
    [InlineData("court-calendar")]
    [InlineData("case-docket")]
    public void Pack_schema_prints_the_case_flow_schemas(string kind)
    {
        var run = CliRunner.Run("pack", "schema", kind);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"https://inl-justice-sdk/schemas/{kind}.schema.json", (string)JsonNode.Parse(run.Out)!["$id"]!);
    }
}
