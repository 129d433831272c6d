using System.Text;
using System.Text.Json.Nodes;
using Inl.Justice.Gender.Checklists;
using Xunit;
using static Inl.Justice.Tests.Gender.ChecklistFixtures;

namespace Inl.Justice.Tests.Gender;

/// <summary>Assessment documents: loading (path and line), and validation against the template (paths <c>$.responses[i]…</c>).</summary>
public sealed class AssessmentTests
{
    private const string Document = """
    {
      "$schema": "../schemas/checklist-assessment.schema.json",
      "template": "xx-test-checklist@1.0.0",
      "id": "T-1",
      "institution": "Test prison",
      "respondent": "Gender focal point",
      "date": "2026-03-12",
      "language": "es",
      "responses": [
        { "item": "A1", "answer": "met", "evidence": "Policy circular 12/2025", "references": [ "https://example.org/12-2025" ] },
        { "item": "B3", "answer": "n/a" }
      ]
    }
    """;

    private static JsonNode Doc() => JsonNode.Parse(Document)!;

    [Fact]
    public void A_document_loads_and_round_trips()
    {
        var a = Inl.Justice.Gender.Checklists.Assessment.TryLoad(Encoding.UTF8.GetBytes(Document)).Value;
        Assert.Equal(("xx-test-checklist", "1.0.0", "es", "Gender focal point"), (a.TemplateId, a.TemplateVersion.ToString(), a.Language, a.Respondent));
        Assert.Equal(["https://example.org/12-2025"], a.ResponseTo("A1")!.References.ToArray());
        var again = Inl.Justice.Gender.Checklists.Assessment.TryLoad(a.ToJson()).Value;
        Assert.Equal(a, again);
    }

    [Fact]
    public void Loading_reports_every_problem_with_its_path()
    {
        var d = Doc();
        d["template"] = "xx-test-checklist";
        d["language"] = "Spanish";
        d["date"] = "2026-02-30";
        d["responses"]![0]!["answer"] = "";
        d["responses"]![1]!["references"] = new JsonArray(" ");
        d["responses"]![1]!["score"] = 3;
        var problems = Inl.Justice.Gender.Checklists.Assessment.TryLoad(Bytes(d), "a.json").Problems;
        // Structural problems come first and stop the rest (as for every document).
        Assert.Contains(problems, p => p.Path == "$.date" && p.Source == "a.json");
        Assert.Contains(problems, p => p.Path == "$.responses[1].score");
        d["date"] = "2026-02-28";
        d["responses"]![1]!.AsObject().Remove("score");
        var paths = Inl.Justice.Gender.Checklists.Assessment.TryLoad(Bytes(d), "a.json").Problems.Select(p => p.Path).ToList();
        Assert.Equal(["$.template", "$.language", "$.responses[0].answer", "$.responses[1].references[0]"], paths);
    }

    [Fact]
    public void Syntax_errors_have_line_and_column()
    {
        var problem = Assert.Single(Inl.Justice.Gender.Checklists.Assessment.TryLoad("{\n  \"template\": \"x@1.0.0\",\n  \"id\": }"u8.ToArray(), "a.json").Problems);
        Assert.Equal((3L, "a.json"), (problem.Line!.Value, problem.Source));
    }

    [Fact]
    public void A_complete_valid_assessment_has_no_problems()
    {
        Assert.Empty(Template.Validate(Example()));
    }

    [Fact]
    public void Validation_reports_each_rule_with_its_path_all_at_once()
    {
        var a = Assessment(
            R("A1", "met"),
            R("ZZ", "met"),              // [1] unknown item
            R("A1", "partly"),           // [2] duplicate
            R("A2", "sometimes"),        // [3] not on the scale
            R("B1", "no"),
            R("B2", "met"),              // [5] does not apply: B1 is 'no'
            R("A3", "9"));               // [6] not on the maturity scale
        var problems = Template.Validate(a, "a.json");
        Assert.Contains(problems, p => p.Path == "$.responses[1].item" && p.Message == "'ZZ' is not an item of xx-test-checklist@1.0.0");
        Assert.Contains(problems, p => p.Path == "$.responses[2].item" && p.Message.Contains("answered twice (first at $.responses[0])", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.responses[3].answer" && p.Message.StartsWith("'sometimes' is not an answer of scale 'compliance' (one of: met, partly, not-met, n/a)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.responses[5]" && p.Message.StartsWith("'B2' does not apply because B1 is 'no'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.responses[6].answer");
        Assert.All(problems, p => Assert.Equal("a.json", p.Source));
        Assert.Equal(5, problems.Length);   // A2 and A3 were answered (badly): nothing required is missing
    }

    [Fact]
    public void Not_applicable_where_the_scale_has_none_and_missing_required_answers()
    {
        var a = Assessment(R("A1", "met"), R("A2", "met"), R("B1", "n/a"));
        var problems = Template.Validate(a);
        Assert.Contains(problems, p => p.Path == "$.responses[2].answer" && p.Message.StartsWith("'B1' cannot be answered not applicable", StringComparison.Ordinal));
        // A3 is missing; B1's answer is invalid, so it does not count as missing; B2 then does not apply; B3 is optional.
        var missing = Assert.Single(problems, p => p.Path == "$.responses");
        Assert.Contains("required item 'A3' (Bangkok Rules, rule 5) is not answered", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Template.Validate(a, requireComplete: false), p => p.Path == "$.responses");
    }

    [Fact]
    public void A_dependency_left_unanswered_means_the_dependent_item_does_not_apply()
    {
        var a = Assessment(R("A1", "met"), R("A2", "met"), R("A3", "5"), R("B2", "met"));
        var problems = Template.Validate(a);
        Assert.Contains(problems, p => p.Path == "$.responses[3]" && p.Message.StartsWith("'B2' does not apply because B1 is unanswered", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_template_or_version_is_reported_once()
    {
        var problem = Assert.Single(Template.Validate(Assessment("0.9.0", R("A1", "met"))));
        Assert.Equal("$.template", problem.Path);
        Assert.Contains("migrate it first", problem.Message, StringComparison.Ordinal);
    }
}
