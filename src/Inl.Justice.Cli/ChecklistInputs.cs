using System.Collections.Generic;
using System.IO;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.Gender.Checklists;
using Inl.Justice.RulePacks;

namespace Inl.Justice.Cli;

/// <summary>
/// Reads and checks the inputs of a <c>checklist</c> command, collecting every problem of every file (and every usage
/// error) so that one run reports them all; <see cref="Report"/> prints them and gives the exit code.
/// </summary>
internal sealed class ChecklistInputs(TextWriter stderr)
{
    private readonly List<Problem> problems = [];
    private bool usage;

    /// <summary>Gets a value indicating whether any input had a problem or a usage error.</summary>
    public bool Failed => usage || problems.Count > 0;

    /// <summary>Gets the number of problems collected so far.</summary>
    public int ProblemCount => problems.Count;

    public void Add(IEnumerable<Problem> found) => problems.AddRange(found);

    public void Add(string source, string path, string message) => problems.Add(new Problem(source, path, message));

    public void UsageError(string message)
    {
        stderr.WriteLine("error: " + message);
        usage = true;
    }

    /// <summary>Prints the problems (the usage errors were printed as they were found): exit 2 after a usage error, else 1.</summary>
    public int Report()
    {
        if (problems.Count > 0)
        {
            CliApp.PrintProblems(problems, stderr);
        }
        return usage ? ExitCodes.Usage : ExitCodes.Problems;
    }

    public Assessment? Assessment(string path)
    {
        var bytes = CliApp.ReadFile(path, stderr);
        if (bytes is null)
        {
            usage = true;
            return null;
        }
        var loaded = Gender.Checklists.Assessment.TryLoad(bytes, path);
        problems.AddRange(loaded.Problems);
        return loaded.TryGetValue(out var assessment) ? assessment : null;
    }

    /// <summary>
    /// A file when one exists at that path; else <c>ID@VERSION</c>; else ID at the version <paramref name="pinned"/> pins
    /// when embedded, or the latest. Unknown templates are usage errors; templates that do not compile, problems.
    /// </summary>
    public ChecklistTemplate? Template(string reference, Assessment? pinned, string option = "--template")
    {
        if (File.Exists(reference))
        {
            var bytes = CliApp.ReadFile(reference, stderr);
            if (bytes is null)
            {
                usage = true;
                return null;
            }
            var loaded = ChecklistTemplate.TryLoad(bytes, reference);
            problems.AddRange(loaded.Problems);
            return loaded.TryGetValue(out var fromFile) ? fromFile : null;
        }
        var at = reference.LastIndexOf('@');
        var id = at > 0 ? reference[..at] : reference;
        PackVersion? version = null;
        if (at > 0)
        {
            if (!PackVersion.TryParse(reference[(at + 1)..], out var v))
            {
                UsageError($"{option} '{reference}': '{reference[(at + 1)..]}' is not a version such as 1.0.0");
                return null;
            }
            version = v;
        }
        else if (pinned is not null && pinned.TemplateId == id && IsEmbedded(id, pinned.TemplateVersion))
        {
            version = pinned.TemplateVersion;
        }
        var versions = Embedded().Where(h => h.Id == id).Select(h => h.Version).ToList();
        if (versions.Count == 0 || (version is { } wanted && !versions.Contains(wanted)))
        {
            UsageError($"{option} '{reference}' is neither a file nor an embedded {ChecklistTemplate.Kind} pack. " + (versions.Count == 0
                ? $"Embedded checklist templates: {string.Join(", ", Embedded().Select(h => h.Key))}."
                : $"Versions of {id}: {string.Join(", ", versions)}."));
            return null;
        }
        try
        {
            return version is { } exact ? RulePackCatalog.Default.Get<ChecklistTemplate>(id, exact) : RulePackCatalog.Default.Latest<ChecklistTemplate>(id);
        }
        catch (RulePackException ex)
        {
            problems.AddRange(ex.Problems);
            return null;
        }
    }

    /// <summary>The embedded checklist templates, by id then version.</summary>
    public static IEnumerable<RulePackHeader> Embedded() => RulePackCatalog.Default.Packs.Where(h => h.Kind == ChecklistTemplate.Kind);

    public static bool IsEmbedded(string id, PackVersion version) => Embedded().Any(h => h.Id == id && h.Version == version);

    /// <summary>
    /// Checks <paramref name="assessment"/> against <paramref name="template"/>. When the versions differ the problem says
    /// what to do: migrate an older assessment (naming the command), or use the template version a newer one pins.
    /// </summary>
    public void Check(ChecklistTemplate template, Assessment assessment, string path, string templateReference)
    {
        if (assessment.TemplateId == template.Header.Id && assessment.TemplateVersion < template.Header.Version)
        {
            var target = File.Exists(templateReference) ? templateReference : template.Header.Key;
            Add(path, "$.template", $"the assessment answers {assessment.TemplateKey}, not {template.Header.Key}; migrate it first: " +
                $"inl-justice checklist migrate --template {Quote(target)} --responses {Quote(path)}");
            return;
        }
        if (assessment.TemplateId == template.Header.Id && assessment.TemplateVersion > template.Header.Version)
        {
            Add(path, "$.template", $"the assessment answers {assessment.TemplateKey}, but the template is {template.Header.Key}, older than the assessment; " +
                $"use the version the assessment pins ({(IsEmbedded(assessment.TemplateId, assessment.TemplateVersion) ? "--template " + assessment.TemplateKey : "a template file of that version")})");
            return;
        }
        problems.AddRange(template.Validate(assessment, path, requireComplete: false));
    }

    /// <summary>Quotes a command-line argument that has spaces or quotes in it.</summary>
    public static string Quote(string argument) =>
        argument.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? "'" + argument.Replace("'", "'\\''", System.StringComparison.Ordinal) + "'" : argument;
}
