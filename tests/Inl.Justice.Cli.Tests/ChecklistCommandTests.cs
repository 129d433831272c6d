using System.IO;
using System.Text.Json.Nodes;
using Xunit;

namespace Inl.Justice.Cli.Tests;

/// <summary>
/// End-to-end runs of <c>inl-justice checklist score|gaps|compare</c> on a small test template (checklists/test-template.json),
/// not on the bundled packs. The 2026 assessment is the SDK tests' worked example: weighted 3.65 on 1..5, tri-state 60 %.
/// </summary>
public sealed class ChecklistCommandTests
{
    private static string File(string name) => Path.Combine(AppContext.BaseDirectory, "checklists", name);

    private static readonly string Template = File("test-template.json");

    [Fact]
    public void Score_prints_a_table_of_section_scores_under_the_weighted_model_by_default()
    {
        var run = CliRunner.Run("checklist", "score", "--template", Template, "--responses", File("assessment-2026.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Test checklist (xx-test-checklist@1.0.0); assessment T-2026, Test prison (illustrative), 2026-03-12", run.Out, StringComparison.Ordinal);
        Assert.Contains("Model weighted: overall 3.65 on 1..5; 5 answered, 1 not applicable, 0 unanswered.", run.Out, StringComparison.Ordinal);
        Assert.Contains("3.87 on 1..5", run.Out, StringComparison.Ordinal);   // S1
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
    [InlineData("tri-state", "60")]
    [InlineData("weighted", "3.65")]
    [InlineData("maturity", "3")]
    [InlineData("oecd-dac", "1")]
    public void Score_json_per_model(string model, string overall)
    {
        var run = CliRunner.Run("checklist", "score", "-t", Template, "-r", File("assessment-2026.json"), "--model", model, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var card = JsonNode.Parse(run.Out)!;
        Assert.Equal(model, (string)card["model"]!);
        Assert.Equal(decimal.Parse(overall, System.Globalization.CultureInfo.InvariantCulture), (decimal)card["overall"]!);
        Assert.Equal(2, card["sections"]!.AsArray().Count);
    }

    [Fact]
    public void Score_in_another_language_falls_back_where_a_translation_is_missing()
    {
        var run = CliRunner.Run("checklist", "score", "-t", Template, "-r", File("assessment-2026.json"), "--lang", "es-CO");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Lista de prueba", run.Out, StringComparison.Ordinal);
        Assert.Contains("Ingreso", run.Out, StringComparison.Ordinal);
        Assert.Contains("Programme design", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_html_is_a_self_contained_page_with_an_svg_bar_chart_written_to_the_out_file()
    {
        var dir = Path.GetDirectoryName(CliRunner.Temp("placeholder.txt", ""))!;
        var output = Path.Combine(dir, "score.html");
        var run = CliRunner.Run("checklist", "score", "-t", Template, "-r", File("assessment-2026.json"), "--model", "tri-state", "--format", "html", "--out", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{output}: tri-state score of T-2026 on xx-test-checklist@1.0.0: 60 %.\n", run.Out.ReplaceLineEndings("\n"));
        var html = System.IO.File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<rect ").Length - 1);   // one bar per section
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_responses_list_every_problem_and_nothing_is_written()
    {
        var doc = JsonNode.Parse(System.IO.File.ReadAllText(File("assessment-2026.json")))!;
        doc["responses"]![1]!["answer"] = "sometimes";
        doc["responses"]![2]!["item"] = "ZZ";
        var path = CliRunner.Temp("bad.json", doc.ToJsonString());
        var output = Path.Combine(Path.GetDirectoryName(path)!, "out.html");
        var run = CliRunner.Run("checklist", "score", "-t", Template, "-r", path, "--format", "html", "--out", output);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{path}: $.responses[1].answer: 'sometimes' is not an answer of scale 'compliance'", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}: $.responses[2].item: 'ZZ' is not an item", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 problem(s); nothing was written.", run.Error, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(output));
    }

    [Fact]
    public void A_malformed_document_reports_path_and_line()
    {
        var path = CliRunner.Temp("broken.json", "{\n  \"template\": \"xx-test-checklist@1.0.0\",\n  \"id\": ,\n}");
        var run = CliRunner.Run("checklist", "gaps", "-t", Template, "-r", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}(3,", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Theory]
    [InlineData("no-such-template")]
    [InlineData("no-such-template@1.0.0")]
    [InlineData("xx-test-checklist@one")]
    public void An_unknown_template_is_a_usage_error(string reference)
    {
        var run = CliRunner.Run("checklist", "score", "-t", reference, "-r", File("assessment-2026.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains("--template", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_template_lists_the_embedded_checklist_templates_only()
    {
        var run = CliRunner.Run("checklist", "score", "-t", "no-such-template", "-r", File("assessment-2026.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Embedded checklist templates: inl-institution-gender-self-assessment@1.0.0, inl-institution-gender-self-assessment@1.1.0,", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("us-bop-ps5100.08", run.Error, StringComparison.Ordinal);   // a classification instrument
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("checklist", "score", "-t", Template, "-r", File("assessment-2026.json"), "--model", "median").ExitCode);
        Assert.Equal(2, CliRunner.Run("checklist", "score", "-t", Template, "-r", File("assessment-2026.json"), "--lang", "Spanish").ExitCode);
        Assert.Equal(2, CliRunner.Run("checklist", "score", "-t", Template, "-r", File("missing.json")).ExitCode);
    }

    [Fact]
    public void A_template_with_problems_is_reported_with_paths()
    {
        var t = JsonNode.Parse(System.IO.File.ReadAllText(Template))!;
        t["sections"]![0]!["items"]![0]!["weight"] = 0;
        var path = CliRunner.Temp("template.json", t.ToJsonString());
        var run = CliRunner.Run("checklist", "score", "-t", path, "-r", File("assessment-2026.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: $.sections[0].items[0].weight: must be above 0", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Gaps_table_and_json_list_gaps_most_important_first()
    {
        var table = CliRunner.Run("checklist", "gaps", "-t", Template, "-r", File("assessment-2026.json"));
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("2 gap(s), most important first.", table.Out, StringComparison.Ordinal);
        Assert.True(table.Out.IndexOf("| A2 ", StringComparison.Ordinal) < table.Out.IndexOf("| B2 ", StringComparison.Ordinal));
        var json = CliRunner.Run("checklist", "gaps", "-t", Template, "-r", File("assessment-2026.json"), "--format", "json", "--lang", "es");
        var gaps = JsonNode.Parse(json.Out)!["gaps"]!.AsArray();
        Assert.Equal(["A2", "B2"], gaps.Select(g => (string)g!["item"]!));
        Assert.Equal("Cumple en parte", (string)gaps[0]!["answerLabel"]!);
        Assert.Equal("Bangkok Rules, rule 3", (string)gaps[0]!["provision"]!["provision"]!);
        var html = CliRunner.Run("checklist", "gaps", "-t", Template, "-r", File("assessment-2026.json"), "--format", "html");
        Assert.Contains("<th>Action</th><th>Owner</th><th>Due</th>", html.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_two_assessments_of_the_same_version()
    {
        var run = CliRunner.Run("checklist", "compare", "-t", Template, "--before", File("assessment-2025.json"), "--after", File("assessment-2026.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("T-2025 (2025-03-12) → T-2026 (2026-03-12), model weighted.", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 Improved, 1 Regressed, 3 Unchanged, 1 NewlyAnswered, 0 NoLongerAnswered.", run.Out, StringComparison.Ordinal);
        Assert.Contains("+0.33", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_across_versions_migrates_the_earlier_assessment_and_reports_it()
    {
        var run = CliRunner.Run("checklist", "compare", "-t", File("test-template-1.1.0.json"), "--before", File("assessment-2025.json"),
            "--before-template", Template, "--after", File("assessment-2026-v1.1.0.json"), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.Out)!;
        Assert.Equal("xx-test-checklist@1.1.0", (string)json["template"]!);
        Assert.Contains(json["migration"]!.AsArray(), n => (string)n!["kind"]! == "Renamed" && (string)n!["to"]![0]! == "A2x");
        Assert.Contains(json["items"]!.AsArray(), i => (string)i!["item"]! == "A2x" && (string)i!["outcome"]! == "Regressed");
    }

    [Fact]
    public void Compare_refuses_an_earlier_assessment_that_cannot_be_migrated()
    {
        // The earlier assessment answers 1.1.0, the later one 1.0.0: going back is refused, and the message says why.
        var run = CliRunner.Run("checklist", "compare", "-t", Template, "--before", File("assessment-2026-v1.1.0.json"),
            "--before-template", File("test-template-1.1.0.json"), "--after", File("assessment-2026.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{File("assessment-2026-v1.1.0.json")}: $.template: the earlier assessment answers xx-test-checklist@1.1.0, newer than the template xx-test-checklist@1.0.0",
            run.Error, StringComparison.Ordinal);
    }

    /// <summary>An earlier assessment pinned to 1.0.0 with an unknown item, an item answered twice and an off-scale answer.</summary>
    private static string BadEarlierAssessment()
    {
        var doc = JsonNode.Parse(System.IO.File.ReadAllText(File("assessment-2025.json")))!;
        var responses = doc["responses"]!.AsArray();
        responses.Add(new JsonObject { ["item"] = "ZZ", ["answer"] = "met" });
        responses.Add(new JsonObject { ["item"] = "A1", ["answer"] = "met" });
        responses[2]!["answer"] = "7";
        return CliRunner.Temp("before.json", doc.ToJsonString());
    }

    [Fact]
    public void Compare_checks_the_earlier_assessment_against_the_version_it_pins_before_migrating_it()
    {
        var before = BadEarlierAssessment();
        var run = CliRunner.Run("checklist", "compare", "-t", File("test-template-1.1.0.json"), "--before", before, "--before-template", Template,
            "--after", File("assessment-2026-v1.1.0.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{before}: $.responses[2].answer: '7' is not an answer of scale 'maturity'", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{before}: $.responses[5].item: 'ZZ' is not an item of xx-test-checklist@1.0.0", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{before}: $.responses[6].item: 'A1' is answered twice (first at $.responses[0])", run.Error, StringComparison.Ordinal);
        Assert.Contains("3 problem(s); nothing was written.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_checks_an_earlier_assessment_of_an_embedded_template_against_the_embedded_version_it_pins()
    {
        var doc = JsonNode.Parse(System.IO.File.ReadAllText(CliRunner.Example("self-assessment-2025.json")))!;
        doc["responses"]![0]!["answer"] = "9";
        var before = CliRunner.Temp("before.json", doc.ToJsonString());
        var run = CliRunner.Run("checklist", "compare", "-t", "inl-institution-gender-self-assessment", "--before", before,
            "--after", CliRunner.Example("self-assessment-2026.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{before}: $.responses[0].answer: '9' is not an answer of scale", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 problem(s); nothing was written.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_says_so_when_the_version_the_earlier_assessment_pins_is_not_available()
    {
        var run = CliRunner.Run("checklist", "compare", "-t", File("test-template-1.1.0.json"), "--before", File("assessment-2025.json"),
            "--after", File("assessment-2026-v1.1.0.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{File("assessment-2025.json")}: $.template: xx-test-checklist@1.0.0 is not an embedded checklist template", run.Error, StringComparison.Ordinal);
        Assert.Contains("--before-template", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_prints_the_problems_of_both_assessments()
    {
        var before = BadEarlierAssessment();
        var doc = JsonNode.Parse(System.IO.File.ReadAllText(File("assessment-2026-v1.1.0.json")))!;
        doc["responses"]![4]!["answer"] = "sometimes";
        var after = CliRunner.Temp("after.json", doc.ToJsonString());
        var run = CliRunner.Run("checklist", "compare", "-t", File("test-template-1.1.0.json"), "--before", before, "--before-template", Template, "--after", after);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{after}: $.responses[4].answer: 'sometimes' is not an answer of scale 'compliance'", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{before}: $.responses[5].item: 'ZZ' is not an item", run.Error, StringComparison.Ordinal);
        Assert.Contains("4 problem(s); nothing was written.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_in_the_template_and_in_the_assessment_are_all_reported()
    {
        var t = JsonNode.Parse(System.IO.File.ReadAllText(Template))!;
        t["sections"]![0]!["items"]![0]!["weight"] = 0;
        var template = CliRunner.Temp("template.json", t.ToJsonString());
        var doc = JsonNode.Parse(System.IO.File.ReadAllText(File("assessment-2026.json")))!;
        doc["date"] = "2026-13-40";
        var responses = CliRunner.Temp("responses.json", doc.ToJsonString());
        var run = CliRunner.Run("checklist", "gaps", "-t", template, "-r", responses);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"{template}: $.sections[0].items[0].weight: must be above 0", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{responses}: $.date", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 problem(s); nothing was written.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_older_assessment_is_told_to_migrate_with_the_migrate_command()
    {
        var responses = File("assessment-2025.json");
        var newer = File("test-template-1.1.0.json");
        var run = CliRunner.Run("checklist", "score", "-t", newer, "-r", responses);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{responses}: $.template: the assessment answers xx-test-checklist@1.0.0, not xx-test-checklist@1.1.0; " +
            $"migrate it first: inl-justice checklist migrate --template {newer} --responses {responses}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assessment_newer_than_the_template_is_not_told_to_migrate()
    {
        var run = CliRunner.Run("checklist", "gaps", "-t", Template, "-r", File("assessment-2026-v1.1.0.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the template is xx-test-checklist@1.0.0, older than the assessment", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("migrate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_writes_the_migrated_assessment_which_then_scores_on_the_new_version()
    {
        var dir = Path.GetDirectoryName(CliRunner.Temp("placeholder.txt", ""))!;
        var output = Path.Combine(dir, "migrated.json");
        var newer = File("test-template-1.1.0.json");
        var run = CliRunner.Run("checklist", "migrate", "-t", newer, "--from-template", Template, "-r", File("assessment-2025.json"), "--out", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{output}: T-2025 migrated from xx-test-checklist@1.0.0 to xx-test-checklist@1.1.0: 5 response(s) carried, 0 not carried.\n", run.Out.ReplaceLineEndings("\n"));
        Assert.Contains("carried Renamed (1.0.0 → 1.1.0): A2 is now A2x", run.Error, StringComparison.Ordinal);
        var migrated = JsonNode.Parse(System.IO.File.ReadAllText(output))!;
        Assert.Equal("xx-test-checklist@1.1.0", (string)migrated["template"]!);
        Assert.Contains(migrated["responses"]!.AsArray(), r => (string)r!["item"]! == "A2x" && (string)r!["answer"]! == "met");
        var score = CliRunner.Run("checklist", "score", "-t", newer, "-r", output);
        Assert.Equal(0, score.ExitCode);
        Assert.Contains("T-2025", score.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_flags_the_responses_not_carried_and_table_lists_every_note()
    {
        var json = CliRunner.Run("checklist", "migrate", "-t", "inl-institution-gender-self-assessment", "-r", CliRunner.Example("self-assessment-2025.json"));
        Assert.Equal(0, json.ExitCode);
        Assert.Equal("inl-institution-gender-self-assessment@1.1.0", (string)JsonNode.Parse(json.Out)!["template"]!);
        Assert.Contains("20 response(s) carried, 1 not carried.", json.Error, StringComparison.Ordinal);
        Assert.Contains("NOT CARRIED Removed (1.0.0 → 1.1.0): F-5 was removed", json.Error, StringComparison.Ordinal);
        var table = CliRunner.Run("checklist", "migrate", "-t", "inl-institution-gender-self-assessment@1.1.0", "-r", CliRunner.Example("self-assessment-2025.json"), "--format", "table");
        Assert.Equal(0, table.ExitCode);
        Assert.Matches(@"\| Removed\s+\| NO\s+\| 1\.0\.0 → 1\.1\.0 \| F-5", table.Out);
        Assert.Matches(@"\| Split\s+\| yes\s+\| 1\.0\.0 → 1\.1\.0 \| E-1\s+\| E-1a, E-1b", table.Out);
        Assert.DoesNotContain("\"responses\"", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_refuses_a_bad_assessment_or_a_backward_migration_and_writes_nothing()
    {
        var before = BadEarlierAssessment();
        var output = Path.Combine(Path.GetDirectoryName(before)!, "migrated.json");
        var bad = CliRunner.Run("checklist", "migrate", "-t", File("test-template-1.1.0.json"), "--from-template", Template, "-r", before, "--out", output);
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal(string.Empty, bad.Out);
        Assert.Contains($"{before}: $.responses[5].item: 'ZZ' is not an item of xx-test-checklist@1.0.0", bad.Error, StringComparison.Ordinal);
        Assert.Contains("3 problem(s); nothing was written.", bad.Error, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(output));

        var back = CliRunner.Run("checklist", "migrate", "-t", Template, "--from-template", File("test-template-1.1.0.json"), "-r", File("assessment-2026-v1.1.0.json"));
        Assert.Equal(1, back.ExitCode);
        Assert.Equal(string.Empty, back.Out);
        Assert.Contains("older than the assessment; it cannot be migrated back", back.Error, StringComparison.Ordinal);

        var unknown = CliRunner.Run("checklist", "migrate", "-t", File("test-template-1.1.0.json"), "-r", File("assessment-2025.json"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("pass that version with --from-template FILE", unknown.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score", "--responses")]
    [InlineData("gaps", "--template")]
    [InlineData("migrate", "--responses")]
    public void Out_naming_an_input_file_is_a_usage_error_and_the_input_is_left_alone(string subcommand, string clash)
    {
        var responses = CliRunner.Temp("responses.json", System.IO.File.ReadAllText(File("assessment-2026.json")));
        var template = Path.Combine(Path.GetDirectoryName(responses)!, "template.json");
        System.IO.File.Copy(Template, template);
        var clashing = clash == "--responses" ? responses : template;
        var before = System.IO.File.ReadAllText(clashing);
        // Through another spelling of the same path.
        var spelled = Path.Combine(Path.GetDirectoryName(clashing)!, ".", Path.GetFileName(clashing));
        var run = CliRunner.Run("checklist", subcommand, "-t", template, "-r", responses, "--format", "json", "--out", spelled);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains($"is the {clash} file", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, System.IO.File.ReadAllText(clashing));
    }

    [Fact]
    public void Compare_out_naming_the_before_or_after_file_is_a_usage_error()
    {
        var after = CliRunner.Temp("after.json", System.IO.File.ReadAllText(File("assessment-2026.json")));
        var run = CliRunner.Run("checklist", "compare", "-t", Template, "--before", File("assessment-2025.json"), "--after", after, "--out", after);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is the --after file", run.Error, StringComparison.Ordinal);
        Assert.Equal(System.IO.File.ReadAllText(File("assessment-2026.json")), System.IO.File.ReadAllText(after));
    }

    [Fact]
    public void Out_replaces_an_existing_file_whole_and_leaves_no_temporary_file()
    {
        var output = CliRunner.Temp("gaps.json", "an older report that is much longer than the new one would be, ".PadRight(100_000, 'x'));
        var run = CliRunner.Run("checklist", "gaps", "-t", Template, "-r", File("assessment-2026.json"), "--format", "json", "--out", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, JsonNode.Parse(System.IO.File.ReadAllText(output))!["gaps"]!.AsArray().Count);
        Assert.Equal([output], Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void Out_is_left_untouched_when_the_input_has_problems()
    {
        var output = CliRunner.Temp("score.json", "previous");
        var run = CliRunner.Run("checklist", "score", "-t", Template, "-r", BadEarlierAssessment(), "--out", output);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("previous", System.IO.File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void Out_in_a_missing_directory_is_a_usage_error()
    {
        var output = Path.Combine(Path.GetTempPath(), "inl-justice-cli-tests", Guid.NewGuid().ToString("N"), "no-such-dir", "score.txt");
        var run = CliRunner.Run("checklist", "score", "-t", Template, "-r", File("assessment-2026.json"), "--out", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot write '{output}'", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Json_output_writes_accented_letters_as_themselves()
    {
        var migrated = CliRunner.Run("checklist", "migrate", "-t", "inl-institution-gender-self-assessment", "-r", CliRunner.Example("self-assessment-2025.json"));
        Assert.Equal(0, migrated.ExitCode);
        Assert.Contains("\"institution\": \"Policía Nacional, Dirección Regional Sur", migrated.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", migrated.Out, StringComparison.Ordinal);
        var gaps = CliRunner.Run("checklist", "gaps", "-t", "inl-institution-gender-self-assessment", "-r", CliRunner.Example("self-assessment-2026.json"), "--format", "json");
        Assert.Equal(0, gaps.ExitCode);
        Assert.Contains("comisarías", gaps.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", gaps.Out, StringComparison.Ordinal);
        // Still the same document: what the library wrote, re-read.
        Assert.Equal("inl-institution-gender-self-assessment@1.1.0", (string)JsonNode.Parse(migrated.Out)!["template"]!);
    }

    [Fact]
    public void Oecd_dac_html_shows_the_marker_and_its_reasons_instead_of_a_chart_of_empty_sections()
    {
        var run = CliRunner.Run("checklist", "score", "-t", "inl-programme-gender-design-checklist", "-r", CliRunner.Example("programme-design.json"),
            "--model", "oecd-dac", "--format", "html");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<b>marker 1 — significant</b>", run.Out, StringComparison.Ordinal);
        Assert.Contains("<li>minimum criteria met; significant objective met: MK-S</li>", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("no score", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_to_the_version_already_pinned_says_there_is_nothing_to_migrate()
    {
        var run = CliRunner.Run("checklist", "migrate", "-t", Template, "-r", File("assessment-2026.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("T-2026 already answers xx-test-checklist@1.0.0; nothing to migrate.", run.Error, StringComparison.Ordinal);
        Assert.Equal("xx-test-checklist@1.0.0", (string)JsonNode.Parse(run.Out)!["template"]!);
    }

    [Fact]
    public void A_before_template_of_another_version_than_the_earlier_assessment_pins_is_a_problem()
    {
        var run = CliRunner.Run("checklist", "compare", "-t", File("test-template-1.1.0.json"), "--before", File("assessment-2025.json"),
            "--before-template", File("test-template-1.1.0.json"), "--after", File("assessment-2026-v1.1.0.json"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{File("assessment-2025.json")}: $.template: the earlier assessment pins xx-test-checklist@1.0.0, but --before-template is xx-test-checklist@1.1.0",
            run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_validate_and_schema_know_checklist_templates()
    {
        var run = CliRunner.Run("pack", "validate", Template);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("xx-test-checklist@1.0.0 is valid: 2 sections, 6 items, languages en 15/15, es 6/15, fr 5/15; 0 migration(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Inl.Justice.Sdk checklist assessment\"", CliRunner.Run("pack", "schema", "checklist-assessment").Out, StringComparison.Ordinal);
    }
}
