using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inl.Justice.Gender.Checklists;
using Json.Schema;
using Xunit;

namespace Inl.Justice.Tests.Gender;

/// <summary>The published checklist schemas agree with the loaders (their text is checked in SchemaTests).</summary>
public sealed class ChecklistSchemaTests
{
    // JsonSchema.Net registers schemas by $id globally, so each file is parsed once.
    private static readonly Lazy<JsonSchema> TemplateSchema = new(() => JsonSchema.FromText(File.ReadAllText(TestData.RepoFile("docs/schemas/checklist-template.schema.json"))));
    private static readonly Lazy<JsonSchema> AssessmentSchema = new(() => JsonSchema.FromText(File.ReadAllText(TestData.RepoFile("docs/schemas/checklist-assessment.schema.json"))));

    private static bool Valid(JsonSchema schema, JsonNode document) =>
        schema.Evaluate(JsonDocument.Parse(document.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    [Fact]
    public void The_test_template_and_an_assessment_are_valid_against_the_schemas()
    {
        Assert.True(Valid(TemplateSchema.Value, ChecklistFixtures.TemplateJson()));
        Assert.True(Valid(AssessmentSchema.Value, JsonNode.Parse(ChecklistFixtures.Example().ToJson())!));
    }

    [Theory]
    [InlineData("src/Inl.Justice.Sdk/Packs/un-bangkok-rules-checklist.json", "template")]
    [InlineData("src/Inl.Justice.Sdk/Packs/inl-programme-gender-design-checklist.json", "template")]
    [InlineData("src/Inl.Justice.Sdk/Packs/inl-institution-gender-self-assessment.json", "template")]
    [InlineData("src/Inl.Justice.Sdk/Packs/inl-institution-gender-self-assessment-1.0.0.json", "template")]
    [InlineData("docs/examples/bangkok-assessment.json", "assessment")]
    [InlineData("docs/examples/programme-design.json", "assessment")]
    [InlineData("docs/examples/self-assessment-2025.json", "assessment")]
    [InlineData("docs/examples/self-assessment-2026.json", "assessment")]
    public void Bundled_templates_and_example_assessments_are_valid_against_the_published_schemas(string file, string kind)
    {
        // An editor that validates against the $schema must accept what the SDK ships.
        var document = JsonNode.Parse(File.ReadAllText(TestData.RepoFile(file)))!;
        Assert.True(Valid(kind == "template" ? TemplateSchema.Value : AssessmentSchema.Value, document));
    }

    [Theory]
    [InlineData("pillar")]
    [InlineData("weight-string")]
    [InlineData("unknown-property")]
    [InlineData("change-kind")]
    public void Schema_and_loader_both_reject_structural_faults_of_templates(string fault)
    {
        var t = ChecklistFixtures.TemplateJson();
        switch (fault)
        {
            case "pillar": t["sections"]![0]!["pillar"] = "Prisons"; break;
            case "weight-string": t["sections"]![0]!["items"]![0]!["weight"] = "2"; break;
            case "unknown-property": t["sections"]![0]!["items"]![0]!["score"] = 2; break;
            case "change-kind":
                t["migrations"] = new JsonArray(new JsonObject { ["from"] = "0.9.0", ["changes"] = new JsonArray(new JsonObject { ["kind"] = "Moved", ["from"] = new JsonArray("A1") }) });
                break;
        }
        Assert.False(Valid(TemplateSchema.Value, t));
        Assert.False(ChecklistTemplate.TryLoad(ChecklistFixtures.Bytes(t)).IsValid);
    }

    [Fact]
    public void Schema_and_loader_both_reject_a_response_without_an_answer()
    {
        var a = JsonNode.Parse(ChecklistFixtures.Example().ToJson())!;
        a["responses"]![0]!.AsObject().Remove("answer");
        Assert.False(Valid(AssessmentSchema.Value, a));
        Assert.False(Assessment.TryLoad(Encoding.UTF8.GetBytes(a.ToJsonString())).IsValid);
    }
}
