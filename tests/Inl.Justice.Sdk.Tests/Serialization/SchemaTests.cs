using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.Corrections.Separation;
using Inl.Justice.Tests.Corrections.Separation;
using Json.Schema;
using Xunit;

namespace Inl.Justice.Tests.Serialization;

/// <summary>The published JSON Schemas match the loaders: they are generated from the same metadata and agree on documents.</summary>
public sealed class SchemaTests
{
    private static readonly JsonDocumentOptions Comments = new() { CommentHandling = JsonCommentHandling.Skip };

    public static TheoryData<string, string> Schemas() => new()
    {
        { "docs/schemas/classification-instrument.schema.json", ClassificationInstrument.JsonSchema },
        { "docs/schemas/prisoner-cohort.schema.json", PrisonerCohort.JsonSchema },
        { "docs/schemas/population-register.schema.json", PopulationRegister.JsonSchema },
        { "docs/schemas/gender-safeguards.schema.json", Inl.Justice.Corrections.Safeguards.SafeguardPolicy.JsonSchema },
        { "docs/schemas/housing-plan.schema.json", HousingPlan.JsonSchema },
        { "docs/schemas/separation-policy.schema.json", SeparationPolicy.JsonSchema },
        { "docs/schemas/review-schedule.schema.json", Inl.Justice.Corrections.Reclassification.ReviewSchedule.JsonSchema },
        { "docs/schemas/alternatives-screen.schema.json", Inl.Justice.Corrections.Alternatives.AlternativesScreen.JsonSchema },
        { "docs/schemas/screening-cases.schema.json", Inl.Justice.Corrections.Alternatives.ScreeningCases.JsonSchema },
        { "docs/schemas/statutory-clocks.schema.json", Inl.Justice.CaseFlow.Clocks.ClockSet.JsonSchema },
        { "docs/schemas/court-calendar.schema.json", Inl.Justice.CaseFlow.Calendars.CourtCalendar.JsonSchema },
        { "docs/schemas/case-docket.schema.json", Inl.Justice.CaseFlow.CaseDocket.JsonSchema },
        { "docs/schemas/checklist-template.schema.json", Inl.Justice.Gender.Checklists.ChecklistTemplate.JsonSchema },
        { "docs/schemas/checklist-assessment.schema.json", Inl.Justice.Gender.Checklists.Assessment.JsonSchema },
        { "docs/schemas/indicator-data.schema.json", Inl.Justice.Gender.Indicators.IndicatorData.JsonSchema },
    };

    [Fact]
    public void The_review_and_alternatives_packs_and_examples_are_valid_against_the_published_schemas()
    {
        JsonNode? Embedded(string id) => JsonNode.Parse(Inl.Justice.RulePacks.RulePackCatalog.EmbeddedJson(id).ToArray(), documentOptions: Comments);
        Assert.True(Valid(Load("docs/schemas/review-schedule.schema.json"), Embedded("us-bop-review-schedule")));
        Assert.True(Valid(Load("docs/schemas/alternatives-screen.schema.json"), Embedded("un-alternatives-screen")));
        Assert.True(Valid(Load("docs/schemas/screening-cases.schema.json"), JsonNode.Parse(File.ReadAllText(TestData.RepoFile("docs/examples/screening.json")))));
        // The schemas reject what the loaders reject: a fact recorded as a string, a stage that does not exist, an interval without a unit.
        var cases = JsonNode.Parse(File.ReadAllText(TestData.RepoFile("docs/examples/screening.json")))!;
        cases["cases"]![0]!["facts"]!["Pregnant"] = "yes";
        Assert.False(Valid(Load("docs/schemas/screening-cases.schema.json"), cases));
        Assert.False(Inl.Justice.Corrections.Alternatives.ScreeningCases.TryLoad(PackJson.Bytes(cases)).IsValid);
        var screen = Embedded("un-alternatives-screen")!;
        screen["measures"]![0]!["stages"]![0] = "Appeal";
        Assert.False(Valid(Load("docs/schemas/alternatives-screen.schema.json"), screen));
        Assert.False(Inl.Justice.Corrections.Alternatives.AlternativesScreen.TryLoad(PackJson.Bytes(screen)).IsValid);
        var schedule = Embedded("us-bop-review-schedule")!;
        schedule["reviews"]![0]!["first"] = new JsonObject { ["weeks"] = 3 };
        Assert.False(Valid(Load("docs/schemas/review-schedule.schema.json"), schedule));
        Assert.False(Inl.Justice.Corrections.Reclassification.ReviewSchedule.TryLoad(PackJson.Bytes(schedule)).IsValid);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Published_schema_is_the_one_generated_from_the_loader(string path, string generated)
    {
        // Regenerate with: dotnet run --project src/Inl.Justice.Cli -- pack schema <kind> > <path>
        Assert.Equal(generated, File.ReadAllText(TestData.RepoFile(path)).ReplaceLineEndings("\n"));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Loaded = new();

    // JsonSchema.Net registers schemas by $id globally, so each file is parsed once.
    private static JsonSchema Load(string path) => Loaded.GetOrAdd(path, p => JsonSchema.FromText(File.ReadAllText(TestData.RepoFile(p))));

    private static bool Valid(JsonSchema schema, JsonNode? document) =>
        schema.Evaluate(JsonDocument.Parse(document?.ToJsonString() ?? "null").RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    [Fact]
    public void Embedded_packs_are_valid_against_the_published_schema()
    {
        var schema = Load("docs/schemas/classification-instrument.schema.json");
        Assert.True(Valid(schema, PackJson.Bop()));
        Assert.True(Valid(schema, PackJson.Example()));
    }

    [Fact]
    public void Example_cohort_is_valid_against_the_published_schema()
    {
        var schema = Load("docs/schemas/prisoner-cohort.schema.json");
        Assert.True(Valid(schema, JsonNode.Parse(File.ReadAllText(TestData.RepoFile("docs/examples/prisoners.json")), documentOptions: Comments)));
    }

    public static TheoryData<string> StructuralFaults() =>
    [
        "unknown-property", "missing-citation", "string-for-number", "bad-enum", "bad-kind", "null-population", "bad-date",
    ];

    [Theory]
    [MemberData(nameof(StructuralFaults))]
    public void Schema_and_loader_both_reject_structural_faults(string fault)
    {
        var pack = PackJson.Bop();
        switch (fault)
        {
            case "unknown-property": pack["items"]![0]!["weight"] = 2; break;
            case "missing-citation": pack["items"]![0]!.AsObject().Remove("citation"); break;
            case "string-for-number": pack["items"]![0]!["answers"]![0]!["points"] = "0"; break;
            case "bad-enum": pack["items"]![0]!["measure"] = "Detainer"; break;
            case "bad-kind": pack["floors"]![0]!["when"]!["kind"] = "Gang"; break;
            case "null-population": pack["scales"]![0]!["population"] = null; break;
            case "bad-date": pack["header"]!["effectiveFrom"] = "12/09/2006"; break;
        }
        Assert.False(Valid(Load("docs/schemas/classification-instrument.schema.json"), pack));
        Assert.False(PackJson.Load(pack).IsValid);
    }

    [Fact]
    public void The_separation_pack_and_examples_are_valid_against_the_published_schemas()
    {
        var pack = SeparationFixtures.UnJson();
        Assert.True(Valid(Load("docs/schemas/separation-policy.schema.json"), pack));
        Assert.True(Valid(Load("docs/schemas/separation-policy.schema.json"), SeparationFixtures.JurisdictionJson()));
        Assert.True(Valid(Load("docs/schemas/housing-plan.schema.json"), JsonNode.Parse(File.ReadAllText(TestData.RepoFile("docs/examples/housing.json")))));
        Assert.True(Valid(Load("docs/schemas/population-register.schema.json"), JsonNode.Parse(File.ReadAllText(TestData.RepoFile("docs/examples/population.json")))));
    }

    [Theory]
    [InlineData("bad-scope")]
    [InlineData("bad-legal-status-item")]
    [InlineData("missing-severity")]
    [InlineData("unknown-selector-property")]
    public void Separation_schema_and_loader_both_reject_structural_faults(string fault)
    {
        var pack = SeparationFixtures.UnJson();
        switch (fault)
        {
            case "bad-scope": pack["rules"]![0]!["scope"] = "Wing"; break;
            case "bad-legal-status-item": pack["rules"]![2]!["apart"]![0]!["legalStatus"]![0] = "Remand"; break;
            case "missing-severity": pack["rules"]![0]!.AsObject().Remove("severity"); break;
            case "unknown-selector-property": pack["rules"]![0]!["apart"]![0]!["gender"] = "Male"; break;
        }
        Assert.False(Valid(Load("docs/schemas/separation-policy.schema.json"), pack));
        Assert.False(SeparationPolicy.TryLoad(SeparationFixtures.Bytes(pack)).IsValid);
    }

    [Theory]
    [InlineData("bad-kind")]
    [InlineData("capacity-string")]
    [InlineData("bad-designation-status")]
    public void Housing_schema_and_loader_both_reject_structural_faults(string fault)
    {
        var plan = JsonNode.Parse(File.ReadAllText(TestData.RepoFile("docs/examples/housing.json")))!;
        var place = plan["facilities"]![0]!["units"]![0]!["places"]![0]!;
        switch (fault)
        {
            case "bad-kind": place["kind"] = "Tent"; break;
            case "capacity-string": place["capacity"] = "2"; break;
            case "bad-designation-status": plan["facilities"]![0]!["units"]![0]!["designation"]!["legalStatus"]![0] = "Remand"; break;
        }
        Assert.False(Valid(Load("docs/schemas/housing-plan.schema.json"), plan));
        Assert.False(HousingPlan.TryLoad(SeparationFixtures.Bytes(plan)).IsValid);
    }

    [Fact]
    public void The_case_flow_packs_and_example_docket_are_valid_against_the_published_schemas()
    {
        foreach (var id in new[] { "us-federal-criminal-clocks", "un-iccpr-custody-clocks", "ke-criminal-clocks", "za-criminal-clocks", "in-crpc-clocks", "co-cpp-clocks" })
        {
            Assert.True(Valid(Load("docs/schemas/statutory-clocks.schema.json"), Inl.Justice.Tests.CaseFlow.CaseFlowFixtures.PackJson(id)), id);
        }
        foreach (var id in new[] { "us-federal-courts", "ke-courts", "za-courts" })
        {
            Assert.True(Valid(Load("docs/schemas/court-calendar.schema.json"), Inl.Justice.Tests.CaseFlow.CaseFlowFixtures.PackJson(id)), id);
        }
        Assert.True(Valid(Load("docs/schemas/case-docket.schema.json"), JsonNode.Parse(File.ReadAllText(TestData.RepoFile("docs/examples/cases.json")))));
    }

    [Theory]
    [InlineData("bad-event-kind")]
    [InlineData("bad-hour-expiry")]
    [InlineData("unknown-clock-property")]
    [InlineData("string-for-days")]
    public void Clock_schema_and_loader_both_reject_structural_faults(string fault)
    {
        var pack = Inl.Justice.Tests.CaseFlow.CaseFlowFixtures.PackJson("us-federal-criminal-clocks");
        var clock = pack["clocks"]![0]!;
        switch (fault)
        {
            case "bad-event-kind": clock["stopsOn"]![0] = "Indicted"; break;
            case "bad-hour-expiry": clock["counting"]!["hourExpiry"] = "Never"; break;
            case "unknown-clock-property": clock["grace"] = 1; break;
            case "string-for-days": clock["limit"]!["days"] = "30"; break;
        }
        Assert.False(Valid(Load("docs/schemas/statutory-clocks.schema.json"), pack));
        Assert.False(Inl.Justice.CaseFlow.Clocks.ClockSet.TryLoad(System.Text.Encoding.UTF8.GetBytes(pack.ToJsonString())).IsValid);
    }
}
