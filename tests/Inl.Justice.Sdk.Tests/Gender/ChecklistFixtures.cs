using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using Inl.Justice.Gender.Checklists;
using Inl.Justice.RulePacks;
using NodaTime;

namespace Inl.Justice.Tests.Gender;

/// <summary>A small test template (not a bundled pack) and helpers to build assessments against it.</summary>
internal static class ChecklistFixtures
{
    public const string Id = "xx-test-checklist";

    /// <summary>
    /// Two sections, six items. Scales: compliance (met 1 / partly 0.5 / not-met 0, n/a), maturity ("0".."5" = 0, 0.2 … 1, n/a),
    /// yes-no (1 / 0, no n/a). Score scale 1..5. S1: A1 (w2, Critical, minimum criterion), A2 (w1, High), A3 (maturity, w3,
    /// Medium, target 0.6). S2: B1 (yes-no, w1, High, significant objective), B2 (w1, Low, applies when B1 = yes, principal
    /// objective), B3 (w2, Critical, optional).
    /// </summary>
    public const string TemplateText = """
    {
      "$schema": "../../../docs/schemas/checklist-template.schema.json",
      "header": { "id": "xx-test-checklist", "kind": "checklist-template", "version": "1.0.0", "jurisdiction": "UN",
                  "title": "Test checklist", "effectiveFrom": "2020-01-01", "example": true,
                  "sources": [ { "id": "bangkok-rules", "title": "UN Rules for the Treatment of Women Prisoners (Bangkok Rules)" } ] },
      "defaultLanguage": "en",
      "languages": [ "en", "es", "fr" ],
      "name": { "en": "Test checklist", "es": "Lista de prueba", "fr": "Liste de test" },
      "scoreScale": { "min": 1, "max": 5 },
      "answerScales": [
        { "id": "compliance",
          "options": [
            { "value": "met", "fraction": 1.0, "label": { "en": "Met", "es": "Cumple", "fr": "Respecté" } },
            { "value": "partly", "fraction": 0.5, "label": { "en": "Partly met", "es": "Cumple en parte" } },
            { "value": "not-met", "fraction": 0.0, "label": { "en": "Not met" } } ],
          "notApplicable": { "value": "n/a", "label": { "en": "Not applicable", "es": "No aplica", "fr": "Sans objet" } } },
        { "id": "maturity",
          "options": [ { "value": "0", "fraction": 0 }, { "value": "1", "fraction": 0.2 }, { "value": "2", "fraction": 0.4 },
                       { "value": "3", "fraction": 0.6 }, { "value": "4", "fraction": 0.8 }, { "value": "5", "fraction": 1 } ],
          "notApplicable": { "value": "n/a" } },
        { "id": "yes-no", "options": [ { "value": "yes", "fraction": 1 }, { "value": "no", "fraction": 0 } ] }
      ],
      "defaultScale": "compliance",
      "defaultTarget": 1.0,
      "sections": [
        { "id": "S1", "pillar": "Corrections",
          "title": { "en": "Admission", "es": "Ingreso", "fr": "Admission" },
          "theme": { "en": "Basic principle" },
          "items": [
            { "id": "A1", "citation": { "provision": "Bangkok Rules, rule 2", "source": "bangkok-rules", "verification": "Secondary" },
              "text": { "en": "Women are admitted with care for their children.", "es": "Las mujeres ingresan con atención a sus hijos." },
              "weight": 2, "importance": "Critical", "marker": "MinimumCriterion" },
            { "id": "A2", "citation": { "provision": "Bangkok Rules, rule 3", "verification": "Secondary" },
              "supplements": "Nelson Mandela Rules, rule 7",
              "text": { "en": "The number and details of children are recorded." },
              "guidance": { "en": "Look at the register.", "fr": "Consulter le registre." },
              "importance": "High" },
            { "id": "A3", "citation": { "provision": "Bangkok Rules, rule 5", "verification": "Unverified" },
              "text": { "en": "Hygiene facilities meet women's needs." }, "weight": 3, "importance": "Medium",
              "scale": "maturity", "target": 0.6 } ] },
        { "id": "S2", "pillar": "CrossCutting",
          "title": { "en": "Programme design" },
          "items": [
            { "id": "B1", "citation": { "provision": "OECD-DAC minimum criteria, 1" , "verification": "Secondary" },
              "text": { "en": "Gender equality is an explicit objective." }, "importance": "High", "scale": "yes-no",
              "marker": "SignificantObjective" },
            { "id": "B2", "citation": { "provision": "OECD-DAC marker, principal", "verification": "Secondary" },
              "text": { "en": "The programme exists because of the gender objective." }, "importance": "Low",
              "appliesWhen": { "item": "B1", "answerIn": [ "yes" ] }, "marker": "PrincipalObjective" },
            { "id": "B3", "citation": { "provision": "Bangkok Rules, rule 33", "verification": "Secondary" },
              "text": { "en": "Staff are trained on women's needs." }, "weight": 2, "importance": "Critical", "required": false } ] }
      ]
    }
    """;

    public static JsonNode TemplateJson() => JsonNode.Parse(TemplateText, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public static ChecklistTemplate Template { get; } = ChecklistTemplate.Load(Encoding.UTF8.GetBytes(TemplateText), "test-template.json");

    public static ChecklistResponse R(string item, string answer, string? evidence = null) => new(item, answer, evidence);

    public static Assessment Assessment(string version, params ChecklistResponse[] responses) =>
        new(Id, PackVersion.Parse(version), "T-1", new LocalDate(2026, 3, 12), "en", [.. responses]) { Institution = "Test prison" };

    public static Assessment Assessment(params ChecklistResponse[] responses) => Assessment("1.0.0", responses);

    /// <summary>The worked example's answers: A1 met, A2 partly, A3 "3", B1 yes, B2 not-met, B3 n/a.</summary>
    public static Assessment Example() => Assessment(
        R("A1", "met", "Admission policy 4/2025"), R("A2", "partly", "Register has no children column"), R("A3", "3"),
        R("B1", "yes"), R("B2", "not-met"), R("B3", "n/a"));
}
