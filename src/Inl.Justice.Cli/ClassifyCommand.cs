using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.Corrections.Safeguards;
using Inl.Justice.RulePacks;
using Spectre.Console;

namespace Inl.Justice.Cli;

/// <summary><c>inl-justice classify --input FILE [--pack ID|PATH] [--format table|json] [--explain ID]</c>.</summary>
internal static class ClassifyCommand
{
    public const string DefaultPack = "us-bop-ps5100.08";

    public const string DefaultSafeguards = "un-bangkok-safeguards";

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input", "-i") { Description = "Cohort JSON: {\"assessedOn\":\"YYYY-MM-DD\",\"prisoners\":[…]}", Required = true };
        var pack = new Option<string>("--pack", "-p") { Description = $"Embedded pack id (the version in force on the assessment date) or a pack file path. Default: {DefaultPack}", DefaultValueFactory = _ => DefaultPack };
        var format = FormatOption.TableOrJson();
        var explain = new Option<string?>("--explain") { Description = "Print the full breakdown of one prisoner (table format)" };
        var command = new Command("classify", "Classify a cohort of prisoners with a scored instrument and print their levels.") { input, pack, format, explain };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(pack)!, parse.GetValue(format)!, parse.GetValue(explain), stdout, stderr));
        return command;
    }

    private static int Run(string inputPath, string packRef, string format, string? explainId, TextWriter stdout, TextWriter stderr)
    {
        var bytes = CliApp.ReadFile(inputPath, stderr);
        if (bytes is null)
        {
            return ExitCodes.Usage;
        }
        var cohort = PrisonerCohort.TryLoad(bytes, inputPath);
        if (!cohort.TryGetValue(out var prisoners))
        {
            return CliApp.PrintProblems(cohort.Problems, stderr);
        }
        var instrument = PackResolver.Resolve<ClassificationInstrument>(packRef, prisoners.AssessedOn, stderr, out var exit);
        if (instrument is null)
        {
            return exit;
        }

        var problems = prisoners.Prisoners.SelectMany((p, i) => instrument.Check(p, prisoners.AssessedOn, $"$.prisoners[{i}]", inputPath)).ToList();
        if (problems.Count > 0)
        {
            return CliApp.PrintProblems(problems, stderr);
        }
        if (explainId is not null && !prisoners.Prisoners.Any(p => p.Id.Value == explainId))
        {
            stderr.WriteLine($"error: --explain: no prisoner '{explainId}' in {inputPath}");
            return ExitCodes.Usage;
        }

        // Women's results carry the Bangkok Rules safeguards that apply (missing facts, 41(d) warning, rule 22 restrictions).
        var safeguards = RulePackCatalog.Default.Get<SafeguardPolicy>(DefaultSafeguards, prisoners.AssessedOn);
        var results = prisoners.Prisoners.Select(p => safeguards.Apply(instrument.Classify(p, prisoners.AssessedOn), p)).ToList();
        var buffer = new StringWriter();
        if (format == "json")
        {
            buffer.Write(Encoding.UTF8.GetString(ClassificationResults.ToJson(results)));
            buffer.WriteLine();
        }
        else
        {
            WriteTable(Render.To(buffer), instrument, prisoners, results, explainId);
        }
        stdout.Write(buffer.ToString());
        return ExitCodes.Ok;
    }

    private static void WriteTable(IAnsiConsole console, ClassificationInstrument instrument, PrisonerCohort cohort, List<ClassificationResult> results, string? explainId)
    {
        var header = instrument.Header;
        console.WriteLine($"{header.Title}");
        console.WriteLine($"Instrument {header.Key}{(header.IsExample ? " (EXAMPLE, not a validated instrument)" : string.Empty)}; assessed on {cohort.AssessedOn:uuuu-MM-dd}; {results.Count} prisoner(s).");
        var table = new Table().Border(TableBorder.Ascii2)
            .AddColumn("Id").AddColumn("Sex").AddColumn(new TableColumn("Score").RightAligned()).AddColumn("Scored level")
            .AddColumn("Ceilings/floors that changed it").AddColumn("Level").AddColumn("Safeguards");
        foreach (var r in results)
        {
            var binding = r.Ceilings.Concat(r.Floors).Where(f => f.Binding).Select(f => f.Rule).ToArray();
            table.AddRow(
                Markup.Escape(r.Person.Value), r.Population.ToString(), r.Score.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.ScoredLevel.Name, Markup.Escape(binding.Length == 0 ? "-" : string.Join(", ", binding)), r.Level.Name, Markup.Escape(Summary(r)));
        }
        console.Write(table);
        var counts = instrument.Levels.Select(l => $"{l.Name} {results.Count(r => r.Level == l)}");
        console.WriteLine("Levels: " + string.Join(", ", counts));
        var unverified = results.SelectMany(r => r.Contributions.Select(c => c.Citation).Concat(r.Floors.Where(f => f.Binding).Select(f => f.Citation)))
            .Any(c => c.Verification == Common.Verification.Unverified);
        if (unverified)
        {
            console.WriteLine("Note: some points or floors used here encode values the pack marks as unverified; see --explain and the pack's notes.");
        }
        if (explainId is not null)
        {
            Explain(console, results.First(r => r.Person.Value == explainId));
        }
    }

    private static string Summary(ClassificationResult r) => r.Safeguards.IsEmpty
        ? "-"
        : string.Join(", ", r.Safeguards.GroupBy(g => g.Kind).Select(g => g.Key switch
        {
            SafeguardKind.MissingFact => $"{g.Count()} missing fact(s)",
            SafeguardKind.Warning => $"{g.Count()} warning(s)",
            _ => $"{g.Count()} restriction(s)",
        }));

    private static void Explain(IAnsiConsole console, ClassificationResult r)
    {
        console.WriteLine();
        console.WriteLine($"Breakdown for {r.Person} ({r.Population}), {r.Instrument}, assessed on {r.AssessedOn:uuuu-MM-dd}");
        var items = new Table().Border(TableBorder.Ascii2).AddColumn("Item").AddColumn("Answer").AddColumn(new TableColumn("Points").RightAligned()).AddColumn("Citation");
        foreach (var c in r.Contributions)
        {
            var answer = c.Value is { } v && !c.Answer.StartsWith(v.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                ? $"{c.Answer} (value {v})" : c.Answer;
            items.AddRow(Markup.Escape(c.Item), Markup.Escape(answer), c.Points.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(c.Citation.ToString()));
        }
        items.AddRow("Total", string.Empty, r.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);
        console.Write(items);
        console.WriteLine($"Scored level: {r.ScoredLevel} ({r.ScoredLevelCitation})");
        foreach (var c in r.Ceilings)
        {
            console.WriteLine($"Ceiling held: {c.Title} -> at most {c.Level}{(c.Binding ? " [changed the level]" : string.Empty)} ({c.Citation})");
        }
        foreach (var f in r.Floors)
        {
            console.WriteLine($"Floor held: {f.Title} -> at least {f.Level}{(f.Binding ? " [changed the level]" : string.Empty)} ({f.Citation})");
        }
        console.WriteLine($"Level: {r.Level}");
        foreach (var g in r.Safeguards)
        {
            console.WriteLine($"Safeguard ({g.Kind}): {g.Message} ({g.Citation})");
        }
    }
}
