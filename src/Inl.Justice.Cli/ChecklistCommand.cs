using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Inl.Justice.Common;
using Inl.Justice.Gender.Checklists;
using Inl.Justice.RulePacks;
using Spectre.Console;

namespace Inl.Justice.Cli;

/// <summary>
/// <c>inl-justice checklist score|gaps|compare|migrate</c>: scores of a gender-integration checklist assessment, its gap
/// report, the comparison of two assessments, and the migration of an assessment to a later template version. Output goes to standard output or, with <c>--out</c>, to a file, and only when
/// every input was read and checked without problems.
/// </summary>
internal static class ChecklistCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        return new Command("checklist", "Score gender-integration checklist assessments, list their gaps, compare assessments over time, and migrate them to later template versions.")
        {
            Score(stdout, stderr),
            Gaps(stdout, stderr),
            Compare(stdout, stderr),
            Migrate(stdout, stderr),
        };
    }

    private static Option<string> TemplateOption() =>
        new("--template", "-t") { Description = "Checklist template: embedded pack ID, ID@VERSION, or a template file. ID alone: the version the responses pin", Required = true };

    private static Option<string?> LangOption() =>
        new("--lang") { Description = "Language of the texts (falls back to the primary subtag, then the template's default). Default: the assessment's" };

    private static Option<string> ModelOption()
    {
        var model = new Option<string>("--model", "-m") { Description = "Scoring model: " + string.Join(", ", ScoringModels.Names), DefaultValueFactory = _ => WeightedSum.ModelName };
        model.AcceptOnlyFromAmong([.. ScoringModels.Names]);
        return model;
    }

    private static Option<string?> OutOption() => new("--out", "-o") { Description = "Write the output to this file instead of standard output" };

    private static Option<string?> LanguageValidated(Option<string?> lang)
    {
        lang.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } l && !LocalizedText.IsLanguageTag(l))
            {
                r.AddError($"--lang: '{l}' is not a language tag such as 'en' or 'es-CO'");
            }
        });
        return lang;
    }

    private static Command Score(TextWriter stdout, TextWriter stderr)
    {
        var template = TemplateOption();
        var responses = new Option<string>("--responses", "-r") { Description = "Assessment JSON (answers pinned to templateId@version)", Required = true };
        var lang = LanguageValidated(LangOption());
        var model = ModelOption();
        var format = FormatOption.Create("table, json, html", "table", "json", "html");
        var output = OutOption();
        var command = new Command("score", "Score an assessment per section and overall under a model (tri-state, weighted, maturity, oecd-dac).")
        {
            template, responses, lang, model, format, output,
        };
        command.SetAction(parse =>
        {
            if (OutIsAnInput(parse.GetValue(output), stderr, ("--responses", parse.GetValue(responses)), ("--template", parse.GetValue(template))))
            {
                return ExitCodes.Usage;
            }
            var input = Load(parse.GetValue(template)!, parse.GetValue(responses)!, stderr, out var exit);
            if (input is null)
            {
                return exit;
            }
            var (checklist, assessment) = input.Value;
            ScoringModels.TryGet(parse.GetValue(model)!, out var scoring);
            var card = scoring!.Score(checklist, assessment);
            var language = parse.GetValue(lang) ?? assessment.Language;
            var text = parse.GetValue(format) switch
            {
                "json" => CliJson.Relaxed(card.ToJson(language)),
                "html" => ChecklistHtml.ScorePage(checklist, assessment, card, language),
                _ => ScoreTable(checklist, assessment, card, language),
            };
            return Write(text, parse.GetValue(output), $"{card.Model} score of {assessment.Id} on {checklist.Header.Key}: {Format(card.Overall, card)}", stdout, stderr);
        });
        return command;
    }

    private static Command Gaps(TextWriter stdout, TextWriter stderr)
    {
        var template = TemplateOption();
        var responses = new Option<string>("--responses", "-r") { Description = "Assessment JSON (answers pinned to templateId@version)", Required = true };
        var lang = LanguageValidated(LangOption());
        var format = FormatOption.Create("table, json, html", "table", "json", "html");
        var output = OutOption();
        var command = new Command("gaps", "List the items below target and the required items left unanswered, most important first, with their provisions and evidence.")
        {
            template, responses, lang, format, output,
        };
        command.SetAction(parse =>
        {
            if (OutIsAnInput(parse.GetValue(output), stderr, ("--responses", parse.GetValue(responses)), ("--template", parse.GetValue(template))))
            {
                return ExitCodes.Usage;
            }
            var input = Load(parse.GetValue(template)!, parse.GetValue(responses)!, stderr, out var exit);
            if (input is null)
            {
                return exit;
            }
            var (checklist, assessment) = input.Value;
            var report = GapReport.Create(checklist, assessment, parse.GetValue(lang));
            var text = parse.GetValue(format) switch
            {
                "json" => CliJson.Relaxed(report.ToJson()),
                "html" => ChecklistHtml.GapPage(checklist, report),
                _ => GapTable(checklist, report),
            };
            return Write(text, parse.GetValue(output), $"{report.Gaps.Length} gap(s) in {assessment.Id} on {checklist.Header.Key}", stdout, stderr);
        });
        return command;
    }

    private static Command Compare(TextWriter stdout, TextWriter stderr)
    {
        var template = TemplateOption();
        var before = new Option<string>("--before") { Description = "The earlier assessment JSON (any earlier version of the template)", Required = true };
        var after = new Option<string>("--after") { Description = "The later assessment JSON", Required = true };
        var beforeTemplate = new Option<string?>("--before-template")
        {
            Description = "The template version the earlier assessment pins, to check it before it is migrated: ID[@VERSION] or a file. " +
                "Default: --template when it is that version, else the embedded pack of that version",
        };
        var model = ModelOption();
        var lang = LanguageValidated(LangOption());
        var format = FormatOption.Create("table, json", "table", "json");
        var output = OutOption();
        var command = new Command("compare", "Compare two assessments of an institution: items improved, regressed, unchanged, newly or no longer answered; section score changes; migration notes.")
        {
            template, before, after, beforeTemplate, model, lang, format, output,
        };
        command.SetAction(parse =>
        {
            if (OutIsAnInput(parse.GetValue(output), stderr, ("--before", parse.GetValue(before)), ("--after", parse.GetValue(after)),
                ("--template", parse.GetValue(template)), ("--before-template", parse.GetValue(beforeTemplate))))
            {
                return ExitCodes.Usage;
            }
            var inputs = new ChecklistInputs(stderr);
            var templateRef = parse.GetValue(template)!;
            var laterPath = parse.GetValue(after)!;
            var earlierPath = parse.GetValue(before)!;
            var later = inputs.Assessment(laterPath);
            var earlier = inputs.Assessment(earlierPath);
            var checklist = inputs.Template(templateRef, later);
            if (checklist is not null && later is not null)
            {
                inputs.Check(checklist, later, laterPath, templateRef);
            }
            if (earlier is not null)
            {
                CheckEarlier(inputs, earlier, earlierPath, checklist, parse.GetValue(beforeTemplate));
            }
            if (inputs.Failed)
            {
                return inputs.Report();
            }
            ScoringModels.TryGet(parse.GetValue(model)!, out var scoring);
            // Intermediate versions of the template are looked up among the embedded packs.
            var compared = AssessmentComparison.TryCompare(checklist!, earlier!, later!, scoring, RulePackCatalog.Default);
            if (!compared.TryGetValue(out var comparison))
            {
                inputs.Add(compared.Problems.Select(p => p with { Source = earlierPath }));
                return inputs.Report();
            }
            var text = parse.GetValue(format) == "json"
                ? CliJson.Relaxed(comparison.ToJson())
                : CompareTable(checklist!, comparison, parse.GetValue(lang) ?? later!.Language);
            return Write(text, parse.GetValue(output),
                $"{comparison.Before.Id} → {comparison.After.Id}: {comparison.Count(ComparisonOutcome.Improved)} improved, {comparison.Count(ComparisonOutcome.Regressed)} regressed", stdout, stderr);
        });
        return command;
    }

    private static Command Migrate(TextWriter stdout, TextWriter stderr)
    {
        var template = new Option<string>("--template", "-t")
        {
            Description = "The template version to migrate to: embedded pack ID (its latest version), ID@VERSION, or a template file", Required = true,
        };
        var responses = new Option<string>("--responses", "-r") { Description = "Assessment JSON to migrate (answers pinned to templateId@version)", Required = true };
        var fromTemplate = new Option<string?>("--from-template")
        {
            Description = "The template version the assessment pins, to check it before it is migrated: ID[@VERSION] or a file. " +
                "Default: the embedded pack of that version",
        };
        var format = FormatOption.Create("json: the migrated assessment (the notes go to standard error); table: the migration notes only", "json", "table");
        var output = OutOption();
        var command = new Command("migrate", "Migrate an assessment to a later version of its template; every response is carried or reported (removed, unmapped, answer outside the new scale).")
        {
            template, responses, fromTemplate, format, output,
        };
        command.SetAction(parse =>
        {
            if (OutIsAnInput(parse.GetValue(output), stderr, ("--responses", parse.GetValue(responses)), ("--template", parse.GetValue(template)),
                ("--from-template", parse.GetValue(fromTemplate))))
            {
                return ExitCodes.Usage;
            }
            var inputs = new ChecklistInputs(stderr);
            var templateRef = parse.GetValue(template)!;
            var path = parse.GetValue(responses)!;
            var assessment = inputs.Assessment(path);
            var target = inputs.Template(templateRef, pinned: null);
            var result = assessment is null ? null
                : CheckEarlier(inputs, assessment, path, target, parse.GetValue(fromTemplate), "--from-template", "the assessment");
            // A migration's result is always valid for the target version (answers that no longer apply are reported, not kept).
            if (inputs.Failed || result is null)
            {
                return inputs.Report();
            }
            var key = target!.Header.Key;
            var summary = result.Steps.Length == 1
                ? $"{assessment!.Id} already answers {key}; nothing to migrate"
                : $"{assessment!.Id} migrated from {assessment.TemplateKey} to {key}" +
                    (result.Steps.Length > 2 ? $" (via {string.Join(" → ", result.Steps)})" : string.Empty) +
                    $": {result.Notes.Count(n => n.IsCarried)} response(s) carried, {result.NotCarried.Length} not carried";
            if (parse.GetValue(format) == "table")
            {
                return Write(MigrationTable(result, summary), parse.GetValue(output), summary, stdout, stderr);
            }
            var exit = Write(CliJson.Relaxed(result.Assessment.ToJson()), parse.GetValue(output), summary, stdout, stderr);
            if (exit == ExitCodes.Ok)
            {
                stderr.Write(MigrationSummary(result, summary));
            }
            return exit;
        });
        return command;
    }

    /// <summary>The notes, one a line; responses not carried first and flagged; unchanged items counted, not listed.</summary>
    private static string MigrationSummary(MigrationResult result, string summary)
    {
        var buffer = new StringWriter();
        buffer.WriteLine(summary + ".");
        foreach (var note in result.NotCarried)
        {
            buffer.WriteLine($"  NOT CARRIED {note.Kind} ({note.FromVersion} → {note.ToVersion}): {note.Message}");
        }
        foreach (var note in result.Notes.Where(n => n.IsCarried && n.Kind != MigrationNoteKind.Unchanged))
        {
            buffer.WriteLine($"  carried {note.Kind} ({note.FromVersion} → {note.ToVersion}): {note.Message}");
        }
        var unchanged = result.Notes.Count(n => n.Kind == MigrationNoteKind.Unchanged);
        if (unchanged > 0)
        {
            buffer.WriteLine($"  carried unchanged: {unchanged} response(s)");
        }
        return buffer.ToString();
    }

    private static string MigrationTable(MigrationResult result, string summary)
    {
        var buffer = new StringWriter();
        buffer.WriteLine(summary + ".");
        var table = new Table().Border(TableBorder.Ascii2).AddColumn("Kind").AddColumn("Carried").AddColumn("Versions").AddColumn("From").AddColumn("To").AddColumn("Message");
        foreach (var note in result.NotCarried.Concat(result.Notes.Where(n => n.IsCarried)))
        {
            table.AddRow(note.Kind.ToString(), note.IsCarried ? "yes" : "NO", $"{note.FromVersion} → {note.ToVersion}", Markup.Escape(string.Join(", ", note.From)),
                Markup.Escape(string.Join(", ", note.To)), Markup.Escape(note.Message));
        }
        var console = Render.To(buffer);
        console.Profile.Width = 200;
        console.Write(table);
        return buffer.ToString();
    }

    /// <summary>
    /// Checks the earlier assessment against the template version it pins (not only after migration, which would carry
    /// or drop bad answers without a word), then migrates it to <paramref name="target"/>.
    /// </summary>
    /// <returns>The migration, or <see langword="null"/> when a problem was found.</returns>
    private static MigrationResult? CheckEarlier(
        ChecklistInputs inputs, Assessment earlier, string path, ChecklistTemplate? target, string? pinnedReference,
        string pinnedOption = "--before-template", string what = "the earlier assessment")
    {
        var before = inputs.ProblemCount;
        ChecklistTemplate? pinned;
        if (pinnedReference is not null)
        {
            pinned = inputs.Template(pinnedReference, earlier, pinnedOption);
        }
        else if (target is not null && target.Header.Id == earlier.TemplateId && target.Header.Version == earlier.TemplateVersion)
        {
            pinned = target;
        }
        else if (ChecklistInputs.IsEmbedded(earlier.TemplateId, earlier.TemplateVersion))
        {
            pinned = inputs.Template(earlier.TemplateKey, earlier, pinnedOption);
        }
        else
        {
            inputs.Add(path, "$.template", $"{earlier.TemplateKey} is not an embedded checklist template" +
                (target is null ? string.Empty : $" and --template is {target.Header.Key}") +
                $"; pass that version with {pinnedOption} FILE so {what} can be checked before it is migrated");
            pinned = null;
        }
        if (pinned is not null && pinnedReference is not null && (pinned.Header.Id != earlier.TemplateId || pinned.Header.Version != earlier.TemplateVersion))
        {
            inputs.Add(path, "$.template", $"{what} pins {earlier.TemplateKey}, but {pinnedOption} is {pinned.Header.Key}; pass the template of the version it pins");
        }
        else if (pinned is not null)
        {
            inputs.Check(pinned, earlier, path, pinnedReference ?? pinned.Header.Key);
        }
        if (target is null || pinned is null || inputs.ProblemCount > before)
        {
            return null;
        }
        if (earlier.TemplateId != target.Header.Id)
        {
            inputs.Add(path, "$.template", $"{what} answers template '{earlier.TemplateId}', not '{target.Header.Id}'");
        }
        else if (earlier.TemplateVersion > target.Header.Version)
        {
            inputs.Add(path, "$.template", pinnedOption == "--before-template"
                ? $"{what} answers {earlier.TemplateKey}, newer than the template {target.Header.Key} of the later one; are --before and --after the wrong way round?"
                : $"{what} answers {earlier.TemplateKey}, but the template is {target.Header.Key}, older than the assessment; it cannot be migrated back");
        }
        else
        {
            var migrated = ChecklistMigration.TryMigrate(earlier, target, RulePackCatalog.Default);
            inputs.Add(migrated.Problems.Select(p => p with { Source = p.Source ?? path }));
            return migrated.TryGetValue(out var result) ? result : null;
        }
        return null;
    }

    /// <summary>Reads the responses, resolves the template, and checks the answers (unanswered items are allowed: they are reported as missing).</summary>
    private static (ChecklistTemplate Template, Assessment Assessment)? Load(string templateRef, string responsesPath, TextWriter stderr, out int exit)
    {
        exit = ExitCodes.Ok;
        var inputs = new ChecklistInputs(stderr);
        var assessment = inputs.Assessment(responsesPath);
        var template = inputs.Template(templateRef, assessment);
        if (template is not null && assessment is not null)
        {
            inputs.Check(template, assessment, responsesPath, templateRef);
        }
        if (inputs.Failed)
        {
            exit = inputs.Report();
            return null;
        }
        return (template!, assessment!);
    }

    /// <summary>
    /// Writes to standard output, or to <paramref name="outPath"/> through a temporary file in the same directory moved over
    /// it, so that an interrupted run never leaves a half-written file (and an existing file is replaced whole or not at all).
    /// </summary>
    private static int Write(string text, string? outPath, string summary, TextWriter stdout, TextWriter stderr)
    {
        if (outPath is null)
        {
            stdout.Write(text);
            return ExitCodes.Ok;
        }
        string? temp = null;
        try
        {
            var full = Path.GetFullPath(outPath);
            temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{System.Guid.NewGuid():N}.tmp");
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
            temp = null;
        }
        catch (System.Exception ex) when (ex is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException)
        {
            stderr.WriteLine($"error: cannot write '{outPath}': {ex.Message}");
            return ExitCodes.Usage;
        }
        finally
        {
            if (temp is not null && File.Exists(temp))
            {
                try
                {
                    File.Delete(temp);
                }
                catch (System.Exception ex) when (ex is IOException or System.UnauthorizedAccessException)
                {
                    stderr.WriteLine($"warning: cannot remove the temporary file '{temp}': {ex.Message}");
                }
            }
        }
        stdout.WriteLine($"{outPath}: {summary}.");
        return ExitCodes.Ok;
    }

    /// <summary>Refuses (usage error) an <c>--out</c> that names one of the input files: the output would replace its own input.</summary>
    private static bool OutIsAnInput(string? outPath, TextWriter stderr, params (string Option, string? Path)[] inputs)
    {
        if (outPath is null)
        {
            return false;
        }
        var comparison = System.OperatingSystem.IsWindows() || System.OperatingSystem.IsMacOS() ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal;
        static string? Full(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (System.Exception ex) when (ex is System.ArgumentException or System.NotSupportedException or System.Security.SecurityException or PathTooLongException)
            {
                return null;
            }
        }
        var output = Full(outPath);
        foreach (var (option, path) in inputs)
        {
            if (output is not null && path is not null && Full(path) is { } input && string.Equals(input, output, comparison))
            {
                stderr.WriteLine($"error: --out '{outPath}' is the {option} file; write the output to another file");
                return true;
            }
        }
        return false;
    }

    internal static string Format(decimal? value, ScoreCard card) => value is not { } v ? "no score"
        : card.Model == TriStateCompliance.ModelName ? v.ToString("0.##", CultureInfo.InvariantCulture) + " %"
        : card.Model == WeightedSum.ModelName ? v.ToString("0.##", CultureInfo.InvariantCulture) + $" on {card.Min.ToString(CultureInfo.InvariantCulture)}..{card.Max.ToString(CultureInfo.InvariantCulture)}"
        : card.Model == MaturityStages.ModelName ? "stage " + v.ToString("0", CultureInfo.InvariantCulture)
        : card.Model == OecdDacGenderMarker.ModelName ? "marker " + v.ToString("0", CultureInfo.InvariantCulture)
        : v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A score or fraction for people: at most two decimals, culture-invariant; "-" when there is none.</summary>
    internal static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "-";

    private static string Heading(ChecklistTemplate template, Assessment assessment, string language) =>
        $"{template.Name.Resolve(language)} ({template.Header.Key}); assessment {assessment.Id}" +
        (assessment.Institution is null ? string.Empty : $", {assessment.Institution}") + $", {assessment.Date:uuuu-MM-dd}";

    private static string ScoreTable(ChecklistTemplate template, Assessment assessment, ScoreCard card, string language)
    {
        var buffer = new StringWriter();
        buffer.WriteLine(Heading(template, assessment, language));
        buffer.WriteLine($"Model {card.Model}: overall {Format(card.Overall, card)}; {card.Answered} answered, {card.NotApplicable} not applicable, {card.Missing} unanswered.");
        var table = new Table().Border(TableBorder.Ascii2).AddColumn("Section").AddColumn("Pillar").AddColumn("Title").AddColumn("Score").AddColumn("Answered").AddColumn("N/A").AddColumn("Unanswered");
        foreach (var s in card.Sections)
        {
            table.AddRow(Markup.Escape(s.Section.Id), s.Section.Pillar.ToString(), Markup.Escape(s.Section.Title.Resolve(language)), Markup.Escape(s.Score is null ? "-" : Format(s.Score, card)),
                s.Answered.ToString(CultureInfo.InvariantCulture), s.NotApplicable.ToString(CultureInfo.InvariantCulture), s.Missing.ToString(CultureInfo.InvariantCulture));
        }
        Render.To(buffer).Write(table);
        foreach (var reason in card.Reasons)
        {
            buffer.WriteLine("  " + reason);
        }
        return buffer.ToString();
    }

    private static string GapTable(ChecklistTemplate template, GapReport report)
    {
        var buffer = new StringWriter();
        buffer.WriteLine($"{template.Name.Resolve(report.Language)} ({report.TemplateKey}); assessment {report.AssessmentId}: {report.Gaps.Length} gap(s), most important first.");
        var table = new Table().Border(TableBorder.Ascii2).AddColumn("#").AddColumn("Item").AddColumn("Importance").AddColumn("Weight").AddColumn("Provision")
            .AddColumn("Answer").AddColumn("Fraction / target").AddColumn("Evidence").AddColumn("Text");
        var n = 0;
        foreach (var g in report.Gaps)
        {
            table.AddRow(
                (++n).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(g.Item),
                g.Importance.ToString(),
                Number(g.Weight),
                Markup.Escape(g.Provision.ToString()),
                Markup.Escape(g.IsUnanswered ? "(unanswered)" : g.AnswerLabel ?? g.Answer ?? "-"),
                $"{Number(g.Fraction)} / {Number(g.Target)}",
                Markup.Escape(g.Evidence ?? ""),
                Markup.Escape(g.Text));
        }
        var console = Render.To(buffer);
        console.Profile.Width = 220;
        console.Write(table);
        return buffer.ToString();
    }

    private static string CompareTable(ChecklistTemplate template, AssessmentComparison c, string language)
    {
        var buffer = new StringWriter();
        buffer.WriteLine($"{template.Name.Resolve(language)} ({c.TemplateKey}): {c.Before.Id} ({c.Before.Date:uuuu-MM-dd}) → {c.After.Id} ({c.After.Date:uuuu-MM-dd}), model {c.AfterScore.Model}.");
        buffer.WriteLine($"Overall: {Format(c.Overall.Before, c.AfterScore)} → {Format(c.Overall.After, c.AfterScore)}" +
            (c.Overall.Delta is { } d ? $" ({(d >= 0 ? "+" : string.Empty)}{Number(d)})" : string.Empty));
        buffer.WriteLine(string.Join(", ", System.Enum.GetValues<ComparisonOutcome>().Select(o => $"{c.Count(o)} {o}")) + ".");
        var sections = new Table().Border(TableBorder.Ascii2).AddColumn("Section").AddColumn("Title").AddColumn("Before").AddColumn("After").AddColumn("Change");
        foreach (var s in c.Sections)
        {
            sections.AddRow(Markup.Escape(s.Section!), Markup.Escape(template.Section(s.Section!).Title.Resolve(language)), Number(s.Before), Number(s.After),
                s.Delta is { } x ? (x >= 0 ? "+" : string.Empty) + Number(x) : "-");
        }
        var items = new Table().Border(TableBorder.Ascii2).AddColumn("Item").AddColumn("Section").AddColumn("Outcome").AddColumn("Before").AddColumn("After");
        foreach (var i in c.Items.Where(i => i.Outcome != ComparisonOutcome.Unchanged))
        {
            items.AddRow(Markup.Escape(i.Item), Markup.Escape(i.Section), i.Outcome.ToString(), Markup.Escape(i.Before ?? "-"), Markup.Escape(i.After ?? "-"));
        }
        var console = Render.To(buffer);
        console.Write(sections);
        console.Write(items);
        if (!c.Migration.IsEmpty)
        {
            buffer.WriteLine($"Migration of {c.Before.Id} to {c.TemplateKey}: {c.Migration.Count(n => n.IsCarried)} carried, {c.Migration.Count(n => !n.IsCarried)} not carried.");
            foreach (var note in c.Migration.Where(n => !n.IsCarried))
            {
                buffer.WriteLine($"  {note.Kind} ({note.FromVersion} → {note.ToVersion}): {note.Message}");
            }
        }
        return buffer.ToString();
    }
}
