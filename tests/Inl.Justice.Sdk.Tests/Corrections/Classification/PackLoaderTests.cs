using System.Text;
using System.Text.Json.Nodes;
using Inl.Justice.Common;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.RulePacks;
using Xunit;

namespace Inl.Justice.Tests.Corrections.Classification;

/// <summary>Every kind of pack problem is reported with its JSON path and a reason, all in one pass.</summary>
public sealed class PackLoaderTests
{
    private static void AssertProblem(IReadOnlyList<Problem> problems, string path, string fragment) =>
        Assert.Contains(problems, p => p.Path == path && p.Message.Contains(fragment, StringComparison.Ordinal) && p.Source == "pack.json");

    [Fact]
    public void The_embedded_packs_load()
    {
        Assert.Equal(9, TestData.Bop.Items.Length);
        Assert.Equal(-3, TestData.Bop.MinScore);
        Assert.Equal(45, TestData.Bop.MaxScore);
        Assert.Equal(["Minimum", "Low", "Medium", "High"], TestData.Bop.Levels.Select(l => l.Name));
        Assert.True(TestData.Example.Header.IsExample);
    }

    [Fact]
    public void Unknown_field_is_reported_with_its_path()
    {
        var problems = PackJson.Problems(p => p["items"]![2]!["colour"] = "red");
        AssertProblem(problems, "$.items[2].colour", "unknown property 'colour'");
    }

    [Fact]
    public void Gap_between_bands_is_reported()
    {
        var problems = PackJson.Problems(p => p["items"]![2]!["bands"]![1]!["min"] = 3);
        AssertProblem(problems, "$.items[2].bands[1].min", "gap: values 2–2 fall in no band");
    }

    [Fact]
    public void Overlapping_bands_are_reported()
    {
        var problems = PackJson.Problems(p => p["items"]![6]!["bands"]![1]!["min"] = 20);
        AssertProblem(problems, "$.items[6].bands[1].min", "band overlaps $.items[6].bands[0] (which ends at 24)");
    }

    [Fact]
    public void A_closed_last_band_is_reported()
    {
        var problems = PackJson.Problems(p => p["items"]![2]!["bands"]![5]!["max"] = 20);
        AssertProblem(problems, "$.items[2].bands[5].max", "values above 20 fall in no band");
    }

    [Fact]
    public void Thresholds_that_do_not_cover_the_score_range_are_reported()
    {
        var problems = PackJson.Problems(p =>
        {
            p["scales"]![0]!["bands"]![0]!["min"] = 0;
            p["scales"]![1]!["bands"]![2]!["max"] = 40;
        });
        AssertProblem(problems, "$.scales[0].bands[0].min", "scores -3–-1 are reachable but fall in no band");
        AssertProblem(problems, "$.scales[1].bands[2].max", "scores 41–45 are reachable but fall in no band");
    }

    [Fact]
    public void A_scale_that_lowers_the_level_for_a_higher_score_is_reported()
    {
        var problems = PackJson.Problems(p => p["scales"]![0]!["bands"]![3]!["level"] = "Low");
        AssertProblem(problems, "$.scales[0].bands[3].level", "a higher score must not give a lower level");
    }

    [Fact]
    public void Unknown_references_are_reported()
    {
        var problems = PackJson.Problems(p =>
        {
            p["floors"]![0]!["when"]!["flag"] = "Gang";
            p["floors"]![1]!["level"] = "Supermax";
            p["scales"]![0]!["bands"]![0]!["level"] = "Open";
            p["items"]![0]!["citation"]!["source"] = "nowhere";
        });
        AssertProblem(problems, "$.floors[0].when.flag", "unknown flag 'Gang'");
        AssertProblem(problems, "$.floors[1].level", "unknown level 'Supermax'");
        AssertProblem(problems, "$.scales[0].bands[0].level", "unknown level 'Open'");
        AssertProblem(problems, "$.items[0].citation.source", "unknown source 'nowhere'");
    }

    [Fact]
    public void Missing_citations_are_reported()
    {
        var problems = PackJson.Problems(p =>
        {
            p["items"]![0]!.AsObject().Remove("citation");
            p["scales"]![1]!.AsObject().Remove("citation");
        });
        AssertProblem(problems, "$.items[0]", "missing required property 'citation'");
        AssertProblem(problems, "$.scales[1]", "missing required property 'citation'");
    }

    [Fact]
    public void Blank_provisions_are_reported()
    {
        var problems = PackJson.Problems(p =>
        {
            p["floors"]![2]!["citation"]!["provision"] = " ";
            p["items"]![3]!["incidentBands"]![0]!["citation"] = new JsonObject { ["provision"] = "", ["verification"] = "Primary" };
        });
        AssertProblem(problems, "$.floors[2].citation.provision", "the provision is required");
        AssertProblem(problems, "$.items[3].incidentBands[0].citation.provision", "the provision is required");
    }

    [Fact]
    public void Structure_problems_are_reported_before_domain_problems()
    {
        // Documented behaviour (docs/rule-packs.md): the loader lists every structural problem at once; the domain checks
        // (bands, references, citations) run, and list all of theirs, once the structure is sound.
        var problems = PackJson.Problems(p =>
        {
            p["items"]![0]!.AsObject().Remove("citation");
            p["floors"]![2]!["citation"]!["provision"] = " ";
        });
        Assert.Equal("$.items[0]", Assert.Single(problems).Path);
    }

    [Fact]
    public void Duplicate_ids_are_reported()
    {
        var problems = PackJson.Problems(p =>
        {
            p["items"]![1]!["id"] = "detainer";
            p["levels"]![1]!["id"] = "Minimum";
            p["floors"]![1]!["id"] = "psf-disruptive-group";
            p["flags"]![1]!["id"] = "DisruptiveGroup";
            p["header"]!["sources"]![1]!["id"] = "ps5100.08";
        });
        AssertProblem(problems, "$.items[1].id", "duplicate item id 'detainer'");
        AssertProblem(problems, "$.levels[1].id", "duplicate level id 'Minimum'");
        AssertProblem(problems, "$.floors[1].id", "duplicate rule id 'psf-disruptive-group'");
        AssertProblem(problems, "$.flags[1].id", "duplicate flag id 'DisruptiveGroup'");
        AssertProblem(problems, "$.header.sources[1].id", "duplicate source id 'ps5100.08'");
    }

    [Fact]
    public void Effective_dates_in_the_wrong_order_are_reported()
    {
        var problems = PackJson.Problems(p => p["header"]!["effectiveTo"] = "2001-01-01");
        AssertProblem(problems, "$.header.effectiveTo", "2001-01-01 is before effectiveFrom 2006-09-12");
    }

    [Fact]
    public void Answers_must_cover_the_measure_exactly()
    {
        var problems = PackJson.Problems(p =>
        {
            p["items"]![1]!["answers"]![4]!["answer"] = "Extreme";
            p["items"]![7]!["answers"]!.AsArray().RemoveAt(2);
        });
        AssertProblem(problems, "$.items[1].answers[4].answer", "'Extreme' is not an answer of OffenseSeverity");
        AssertProblem(problems, "$.items[1].answers", "no points for answer(s) 'Greatest'");
        AssertProblem(problems, "$.items[7].answers", "no points for answer(s) 'None'");
    }

    [Fact]
    public void Values_of_the_wrong_kind_are_reported_without_stopping()
    {
        var problems = PackJson.Problems(p =>
        {
            p["items"]![0]!["answers"]![1]!["points"] = "1";
            p["items"]![1]!["measure"] = "Severity";
            p["header"]!["effectiveFrom"] = "2006-02-30";
            p["levels"]![0]!["citation"]!["verification"] = "Checked";
            p["floors"]![0]!["when"]!["kind"] = "Gender";
            p["scales"]![0]!["population"] = null;
        });
        AssertProblem(problems, "$.items[0].answers[1].points", "expected a number but found a string");
        AssertProblem(problems, "$.items[1].measure", "'Severity' is not one of: OffenseSeverity");
        AssertProblem(problems, "$.header.effectiveFrom", "'2006-02-30' is not a valid date");
        AssertProblem(problems, "$.levels[0].citation.verification", "'Checked' is not one of: Unverified, Secondary, Primary");
        AssertProblem(problems, "$.floors[0].when.kind", "unknown kind 'Gender'");
        AssertProblem(problems, "$.scales[0].population", "must not be null");
        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void Duplicate_json_properties_are_reported()
    {
        var json = Encoding.UTF8.GetString(PackJson.Bytes(PackJson.Bop())).Replace("\"kind\":\"classification-instrument\"", "\"kind\":\"classification-instrument\",\"kind\":\"x\"", StringComparison.Ordinal);
        var result = ClassificationInstrument.TryLoad(Encoding.UTF8.GetBytes(json), "pack.json");
        AssertProblem(result.Problems, "$.header.kind", "duplicate property 'kind'");
    }

    [Fact]
    public void Syntax_errors_give_line_and_column()
    {
        var result = ClassificationInstrument.TryLoad(Encoding.UTF8.GetBytes("{\n  \"header\": {\n    \"id\": \"x\",,\n  }\n}"), "pack.json");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("pack.json(3,", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_of_another_kind_is_refused()
    {
        var problems = PackJson.Problems(p => p["header"]!["kind"] = "separation-policy");
        AssertProblem(problems, "$.header.kind", "this loader reads 'classification-instrument' packs, not 'separation-policy'");
    }

    [Fact]
    public void Header_values_are_checked()
    {
        var problems = PackJson.Problems(p =>
        {
            p["header"]!["id"] = "US BOP";
            p["header"]!["version"] = "1.0";
            p["header"]!["jurisdiction"] = "usa";
            p["header"]!["sources"]![0]!["url"] = "ftp://example.org/x";
        });
        AssertProblem(problems, "$.header.id", "is not a pack id");
        AssertProblem(problems, "$.header.version", "'1.0' is not a semantic version");
        AssertProblem(problems, "$.header.jurisdiction", "'usa' is not an ISO 3166 code");
        AssertProblem(problems, "$.header.sources[0].url", "not an absolute http(s) URL");
    }

    [Fact]
    public void Every_problem_is_reported_in_one_pass()
    {
        var problems = PackJson.Problems(p =>
        {
            p["items"]![2]!["bands"]![1]!["min"] = 3;
            p["items"]![3]!.AsObject().Remove("none");
            p["floors"]![0]!["when"]!["flag"] = "Gang";
            p["overrides"]!["reasons"]![1]!["code"] = "GreaterSecurity";
            p["header"]!["effectiveTo"] = "2001-01-01";
        });
        Assert.Equal(
            new[] { "$.header.effectiveTo", "$.items[2].bands[1].min", "$.items[3]", "$.floors[0].when.flag", "$.overrides.reasons[1].code" }.Order(),
            problems.Select(p => p.Path).Distinct().Order());
    }

    [Fact]
    public void Load_throws_only_the_documented_exception_with_every_problem()
    {
        var pack = PackJson.Bop();
        pack["items"]![2]!["bands"]![1]!["min"] = 3;
        pack["header"]!["effectiveTo"] = "2001-01-01";
        var ex = Assert.Throws<RulePackException>(() => ClassificationInstrument.Load(PackJson.Bytes(pack), "pack.json"));
        Assert.Equal(2, ex.Problems.Length);
        Assert.Contains("$.items[2].bands[1].min", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measures_reject_tables_that_do_not_belong_to_them()
    {
        var problems = PackJson.Problems(p =>
        {
            p["items"]![1]!["bands"] = new JsonArray(new JsonObject { ["points"] = 0 });
            p["items"]![6]!.AsObject().Remove("bands");
        });
        AssertProblem(problems, "$.items[1].bands", "'bands' does not apply to measure OffenseSeverity");
        AssertProblem(problems, "$.items[6]", "measure Age needs 'bands'");
    }

    [Fact]
    public void Packs_round_trip_through_json()
    {
        foreach (var instrument in new[] { TestData.Bop, TestData.Example })
        {
            var json = instrument.ToJson();
            var again = ClassificationInstrument.Load(json);
            Assert.Equal(instrument.Header, again.Header);
            Assert.Equal<PackSource>(instrument.Header.Sources, again.Header.Sources.AsEnumerable());
            Assert.Equal(json, again.ToJson());
        }
    }
}
