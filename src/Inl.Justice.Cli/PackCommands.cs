using System.CommandLine;
using System.IO;
using System.Linq;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.RulePacks;
using Spectre.Console;

namespace Inl.Justice.Cli;

/// <summary><c>inl-justice pack list</c> and <c>inl-justice pack validate FILE</c>.</summary>
internal static class PackCommands
{
    /// <summary>The documents whose JSON Schema the tool prints, by kind; published in docs/schemas/KIND.schema.json.</summary>
    public static readonly System.Collections.Generic.IReadOnlyDictionary<string, System.Func<string>> Schemas = new System.Collections.Generic.Dictionary<string, System.Func<string>>
    {
        [ClassificationInstrument.Kind] = () => ClassificationInstrument.JsonSchema,
        ["prisoner-cohort"] = () => Corrections.PrisonerCohort.JsonSchema,
        ["population-register"] = () => Corrections.PopulationRegister.JsonSchema,
        [Corrections.Safeguards.SafeguardPolicy.Kind] = () => Corrections.Safeguards.SafeguardPolicy.JsonSchema,
        [Corrections.Separation.SeparationPolicy.Kind] = () => Corrections.Separation.SeparationPolicy.JsonSchema,
        ["housing-plan"] = () => Corrections.Separation.HousingPlan.JsonSchema,
        [Corrections.Reclassification.ReviewSchedule.Kind] = () => Corrections.Reclassification.ReviewSchedule.JsonSchema,
        [Corrections.Alternatives.AlternativesScreen.Kind] = () => Corrections.Alternatives.AlternativesScreen.JsonSchema,
        ["screening-cases"] = () => Corrections.Alternatives.ScreeningCases.JsonSchema,
        [CaseFlow.Clocks.ClockSet.Kind] = () => CaseFlow.Clocks.ClockSet.JsonSchema,
        [CaseFlow.Calendars.CourtCalendar.Kind] = () => CaseFlow.Calendars.CourtCalendar.JsonSchema,
        ["case-docket"] = () => CaseFlow.CaseDocket.JsonSchema,
        [Gender.Checklists.ChecklistTemplate.Kind] = () => Gender.Checklists.ChecklistTemplate.JsonSchema,
        ["checklist-assessment"] = () => Gender.Checklists.Assessment.JsonSchema,
        ["indicator-data"] = () => Gender.Indicators.IndicatorData.JsonSchema,
    };

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var list = new Command("list", "List the rule packs embedded in the SDK.");
        list.SetAction(_ => List(stdout));

        var file = new Argument<string>("file") { Description = "The pack file to check" };
        var validate = new Command("validate", "Check a rule pack and print every problem with its JSON path.") { file };
        validate.SetAction(parse => Validate(parse.GetValue(file)!, stdout, stderr));

        var kind = new Argument<string>("kind") { Description = string.Join(", ", Schemas.Keys) };
        kind.AcceptOnlyFromAmong([.. Schemas.Keys]);
        var schema = new Command("schema", "Print the JSON Schema of a pack kind or input document.") { kind };
        schema.SetAction(parse =>
        {
            stdout.Write(Schemas[parse.GetValue(kind)!]());
            return ExitCodes.Ok;
        });

        return new Command("pack", "Work with rule packs.") { list, validate, schema };
    }

    private static int List(TextWriter stdout)
    {
        var buffer = new StringWriter();
        var table = new Table().Border(TableBorder.Ascii2).AddColumn("Id").AddColumn("Version").AddColumn("Kind").AddColumn("Jurisdiction").AddColumn("In force").AddColumn("Title");
        foreach (var h in RulePackCatalog.Default.Packs)
        {
            var to = h.EffectiveTo is { } t ? t.ToString("uuuu-MM-dd", null) : "";
            table.AddRow(h.Id, h.Version.ToString(), h.Kind, h.Jurisdiction.Code, $"{h.EffectiveFrom:uuuu-MM-dd}..{to}", Markup.Escape((h.IsExample ? "[EXAMPLE] " : "") + h.Title));
        }
        Render.To(buffer).Write(table);
        stdout.Write(buffer.ToString());
        return ExitCodes.Ok;
    }

    private static int Validate(string path, TextWriter stdout, TextWriter stderr)
    {
        var bytes = CliApp.ReadFile(path, stderr);
        if (bytes is null)
        {
            return ExitCodes.Usage;
        }
        // The header says which domain reads the pack; each reports every problem with its JSON path.
        var kind = HeaderKind(bytes);
        var (problems, summary) = kind switch
        {
            Corrections.Separation.SeparationPolicy.Kind => Check(Corrections.Separation.SeparationPolicy.TryLoad(bytes, path),
                p => $"{p.Rules.Length} rules, children under {p.ChildAgeBelow}"),
            Corrections.Safeguards.SafeguardPolicy.Kind => Check(Corrections.Safeguards.SafeguardPolicy.TryLoad(bytes, path), _ => "gender safeguards"),
            Corrections.Reclassification.ReviewSchedule.Kind => Check(Corrections.Reclassification.ReviewSchedule.TryLoad(bytes, path), s => $"{s.Reviews.Length} review kinds"),
            Corrections.Alternatives.AlternativesScreen.Kind => Check(Corrections.Alternatives.AlternativesScreen.TryLoad(bytes, path),
                s => $"{s.Measures.Length} measures, {s.Considerations.Length} considerations"),
            CaseFlow.Clocks.ClockSet.Kind => Check(CaseFlow.Clocks.ClockSet.TryLoad(bytes, path), p =>
                $"{p.Clocks.Length} clocks, calendar {p.CalendarId ?? "none"}; citations: {p.Clocks.Count(c => c.Citation.Verification == Common.Verification.Primary)} primary, {p.Clocks.Count(c => c.Citation.Verification == Common.Verification.Secondary)} secondary, {p.Clocks.Count(c => c.Citation.Verification == Common.Verification.Unverified)} unverified"),
            CaseFlow.Calendars.CourtCalendar.Kind => Check(CaseFlow.Calendars.CourtCalendar.TryLoad(bytes, path), c =>
                $"weekend {string.Join("/", c.WeekendDays)}, {c.Holidays.Length} holiday rules, {c.Closures.Length} closure day(s), court hours {(c.Hours is { } h ? $"{h.Opens.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}-{h.Closes.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}" : "not set")}"),
            Gender.Checklists.ChecklistTemplate.Kind => Check(Gender.Checklists.ChecklistTemplate.TryLoad(bytes, path), t =>
                $"{t.Sections.Length} sections, {t.Items.Length} items, languages {string.Join(", ", t.TranslationCoverage().Select(c => $"{c.Language} {c.Translated}/{c.Total}"))}; {t.Migrations.Length} migration(s)"),
            _ => Check(ClassificationInstrument.TryLoad(bytes, path), pack =>
            {
                var citations = pack.Items.Select(i => i.Citation).Concat(pack.Floors.Select(f => f.Citation)).Concat(pack.Ceilings.Select(c => c.Citation)).ToList();
                return $"{pack.Items.Length} items, {pack.Floors.Length} floors, {pack.Ceilings.Length} ceilings, scores {pack.MinScore}..{pack.MaxScore}; " +
                    $"citations: {citations.Count(c => c.Verification == Common.Verification.Primary)} primary, {citations.Count(c => c.Verification == Common.Verification.Secondary)} secondary, {citations.Count(c => c.Verification == Common.Verification.Unverified)} unverified";
            }),
        };
        if (!problems.IsDefaultOrEmpty)
        {
            return CliApp.PrintProblems(problems, stderr);
        }
        stdout.WriteLine($"{path}: {summary}.");
        return ExitCodes.Ok;
    }

    private static (System.Collections.Immutable.ImmutableArray<Common.Problem> Problems, string Summary) Check<T>(Common.Validated<T> loaded, System.Func<T, string> describe)
        where T : class, IRulePack =>
        loaded.TryGetValue(out var pack) ? ([], $"{pack.Header.Key} is valid: {describe(pack)}") : (loaded.Problems, string.Empty);

    private static string? HeaderKind(byte[] bytes)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(bytes, new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
            return doc.RootElement.TryGetProperty("header", out var h) && h.ValueKind == System.Text.Json.JsonValueKind.Object
                && h.TryGetProperty("kind", out var k) && k.ValueKind == System.Text.Json.JsonValueKind.String ? k.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // the classification loader then reports the syntax error with its line and column
        }
    }
}
