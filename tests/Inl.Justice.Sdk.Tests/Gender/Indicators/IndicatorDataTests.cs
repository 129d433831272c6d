using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inl.Justice.Common;
using Inl.Justice.Gender.Indicators;
using Json.Schema;
using Xunit;

namespace Inl.Justice.Tests.Gender.Indicators;

/// <summary>The indicator-data input document: every problem reported with its JSON path; the example computes the documented figures.</summary>
public sealed class IndicatorDataTests
{
    private const string SchemaPath = "docs/schemas/indicator-data.schema.json";
    private const string ExamplePath = "docs/examples/indicators.json";

    private static JsonNode Example() => JsonNode.Parse(File.ReadAllText(TestData.RepoFile(ExamplePath)))!;

    private static Validated<IndicatorData> Load(JsonNode node) => IndicatorData.TryLoad(Encoding.UTF8.GetBytes(node.ToJsonString()), "data.json");

    [Fact]
    public void Published_schema_is_the_one_generated_from_the_loader()
    {
        // Regenerate with: INL_JUSTICE_APPROVE_API=1 dotnet test tests/Inl.Justice.Sdk.Tests --filter IndicatorDataTests
        if (Environment.GetEnvironmentVariable("INL_JUSTICE_APPROVE_API") == "1")
        {
            File.WriteAllText(TestData.RepoFile(SchemaPath), IndicatorData.JsonSchema);
        }
        Assert.Equal(IndicatorData.JsonSchema, File.ReadAllText(TestData.RepoFile(SchemaPath)).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_example_is_valid_against_the_schema_and_loads()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(TestData.RepoFile(SchemaPath)));
        Assert.True(schema.Evaluate(JsonDocument.Parse(Example().ToJsonString()).RootElement).IsValid);
        var data = Load(Example()).Value;
        Assert.Equal([2021, 2022, 2024], data.Years.Select(y => y.Year));
        Assert.Contains("ILLUSTRATIVE", data.Note, StringComparison.Ordinal);
    }

    /// <summary>
    /// The figures docs/gender-indicators.md quotes for the example, hand-computed:
    /// police 2021 1,840 ÷ (1,840 + 14,210) = 0.11464; judges 2021 212 ÷ 600 = 0.35333;
    /// working-age women 2021 2,950,000 ÷ 6,000,000 = 0.49167 → 16.7.1(c) 0.35333 ÷ 0.49167 = 0.71864;
    /// 16.3.2 2021 (190 + 3,900 + 4) ÷ (520 + 11,200 + 10) = 4,094 ÷ 11,730 = 0.34902, women 190 ÷ 520 = 0.36538;
    /// 2023 is missing for every indicator.
    /// </summary>
    [Fact]
    public void The_example_report_has_the_documented_figures()
    {
        var report = IndicatorReport.Create(Load(Example()).Value);
        IndicatorSeries Line(string id) => report.Lines.Single(l => l.Id == id).Series;

        Assert.Equal(0.11464, Math.Round(Line("women-share-police")[2021]!.Value, 5));
        Assert.Equal(0.35333, Math.Round(Line("women-share-judges")[2021]!.Value, 5));
        Assert.Equal(0.71864, Math.Round(Line("sdg-16-7-1c-judges-women")[2021]!.Value, 5));
        Assert.Equal(0.34902, Math.Round(Line("sdg-16-3-2")[2021]!.Value, 5));
        Assert.Equal(0.36538, Math.Round(Line("sdg-16-3-2-women")[2021]!.Value, 5));
        Assert.All(report.Lines, l => Assert.Contains(2023, l.Series.MissingYears));
        Assert.Null(Line("women-share-prosecutors")[2021]);
        Assert.DoesNotContain(report.Lines, l => l.Id == "women-share-prison-staff");
        Assert.Equal(TrendDirection.Rising, Line("women-share-police").Trend());
        Assert.Equal(TrendDirection.Falling, Line("sdg-16-3-2").Trend());

        var json = JsonNode.Parse(report.ToJson())!;
        Assert.Equal("women-share-police", (string)json["indicators"]![0]!["id"]!);
        Assert.Null(json["indicators"]![0]!["points"]![2]!["value"]);
        Assert.Equal(35, (long)json["years"]![0]!["personnel"]![0]!["unknown"]!);
        var summary = report.ToSummary();
        Assert.Contains("2021 Police: 35", summary, StringComparison.Ordinal);
        Assert.Contains("ILLUSTRATIVE DATA", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path()
    {
        var doc = Example();
        doc["years"]![1]!["year"] = 2021;                                                   // duplicate year
        doc["years"]![0]!["personnel"]![1]!["category"] = "Police";                       // duplicate category
        doc["years"]![0]!["personnel"]![0]!["men"] = -3;                                  // negative count
        doc["years"]![2]!["detention"]!["unsentenced"]!["women"] = 481;                   // more than detained
        var result = Load(doc);
        Assert.False(result.IsValid);
        var paths = result.Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.years[1].year", paths);
        Assert.Contains("$.years[0].personnel[1].category", paths);
        Assert.Contains("$.years[0].personnel[0].men", paths);
        Assert.Contains("$.years[2].detention.unsentenced.women", paths);
        Assert.All(result.Problems, p => Assert.Equal("data.json", p.Source));
    }

    [Fact]
    public void Structural_and_syntax_faults_are_reported()
    {
        var doc = Example();
        doc["years"]![0]!["personnel"]![0]!["category"] = "Army";
        var bad = Load(doc);
        Assert.Contains(bad.Problems, p => p.Path == "$.years[0].personnel[0].category");

        var syntax = IndicatorData.TryLoad(Encoding.UTF8.GetBytes("{\n  \"years\": [\n    { \"year\": 2020, }\n  ]\n}"), "broken.json");
        var problem = Assert.Single(syntax.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("broken.json(3,", problem.ToString(), StringComparison.Ordinal);
    }
}
