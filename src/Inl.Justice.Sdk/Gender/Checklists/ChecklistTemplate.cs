using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// A versioned, localized checklist (pack kind <c>checklist-template</c>): sections of items, each citing the provision it
/// derives from, with weights, importance, answer scales, targets and optional dependencies; and migrations that map
/// responses to earlier versions onto this one. Immutable and thread-safe.
/// </summary>
public sealed class ChecklistTemplate : IRulePack<ChecklistTemplate>
{
    /// <summary>The <c>header.kind</c> of checklist templates.</summary>
    public const string Kind = "checklist-template";

    private readonly FrozenDictionary<string, ChecklistItem> itemsById;
    private readonly ImmutableArray<(string Path, LocalizedText Text)> texts;

    /// <summary>Builds a template once the compiler has found no problems.</summary>
    internal ChecklistTemplate(
        RulePackHeader header,
        string defaultLanguage,
        ImmutableArray<string> languages,
        LocalizedText name,
        ScoreScale scoreScale,
        ImmutableArray<AnswerScale> scales,
        AnswerScale defaultScale,
        decimal defaultTarget,
        ImmutableArray<ChecklistSection> sections,
        ImmutableArray<TemplateMigration> migrations,
        ImmutableArray<(string Path, LocalizedText Text)> texts)
    {
        Header = header;
        DefaultLanguage = defaultLanguage;
        Languages = languages;
        Name = name;
        ScoreScale = scoreScale;
        AnswerScales = scales;
        DefaultScale = defaultScale;
        DefaultTarget = defaultTarget;
        Sections = sections;
        Items = [.. sections.SelectMany(s => s.Items)];
        Migrations = migrations;
        itemsById = Items.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
        this.texts = texts;
    }

    /// <inheritdoc/>
    public static string PackKind => Kind;

    /// <inheritdoc/>
    public RulePackHeader Header { get; }

    /// <summary>Gets the language every text has, e.g. <c>en</c>.</summary>
    public string DefaultLanguage { get; }

    /// <summary>Gets every language the template declares, default first.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>Gets the template's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the range weighted scores are rescaled onto.</summary>
    public ScoreScale ScoreScale { get; }

    /// <summary>Gets the answer scales.</summary>
    public ImmutableArray<AnswerScale> AnswerScales { get; }

    /// <summary>Gets the scale of items that name none.</summary>
    public AnswerScale DefaultScale { get; }

    /// <summary>Gets the target of items that set none.</summary>
    public decimal DefaultTarget { get; }

    /// <summary>Gets the sections, in template order.</summary>
    public ImmutableArray<ChecklistSection> Sections { get; }

    /// <summary>Gets every item, in template order.</summary>
    public ImmutableArray<ChecklistItem> Items { get; }

    /// <summary>Gets the migrations from earlier versions.</summary>
    public ImmutableArray<TemplateMigration> Migrations { get; }

    /// <summary>Gets the item with id <paramref name="id"/>.</summary>
    public bool TryGetItem(string id, [NotNullWhen(true)] out ChecklistItem? item) =>
        itemsById.TryGetValue(Preconditions.CheckNotNull(id, nameof(id)), out item);

    /// <summary>Gets the section with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such section.</exception>
    public ChecklistSection Section(string id) =>
        Sections.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"{Header.Key} has no section '{id}'");

    /// <summary>Gets the JSON Schema of checklist templates (published as <c>docs/schemas/checklist-template.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        ChecklistJsonContext.Default.ChecklistTemplatePackJson,
        "https://inl-justice-sdk/schemas/checklist-template.schema.json",
        "Inl.Justice.Sdk checklist-template rule pack",
        "Versioned, localized gender-integration checklists: answer scales, sections and items citing their provisions, and migrations from earlier versions.");

    /// <summary>Reads, validates and compiles a template, reporting every problem with its JSON path.</summary>
    public static Validated<ChecklistTemplate> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null) =>
        RulePackLoader.Load(utf8Json, source, ChecklistJsonContext.Default.ChecklistTemplatePackJson, Kind, Compile);

    /// <summary>Reads, validates and compiles a template.</summary>
    /// <exception cref="RulePackException">The template has problems; all of them are listed.</exception>
    public static ChecklistTemplate Load(ReadOnlyMemory<byte> utf8Json, string? source = null) => TryLoad(utf8Json, source).Value;

    /// <summary>Reads a template from a file.</summary>
    /// <exception cref="RulePackException">The template has problems.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ChecklistTemplate LoadFile(string path) => Load(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>
    /// How much of the template each declared language covers: translated texts out of all texts (name, titles, themes,
    /// item texts and guidance, answer labels) and the JSON paths of those missing. Missing translations are not errors:
    /// they fall back to the default language.
    /// </summary>
    public ImmutableArray<LanguageCoverage> TranslationCoverage() =>
        [.. Languages.Select(language =>
        {
            var missing = texts.Where(t => !t.Text.Has(language)).Select(t => t.Path).ToImmutableArray();
            return new LanguageCoverage(language, texts.Length - missing.Length, texts.Length, missing);
        })];

    /// <summary>
    /// Checks an assessment against this template, reporting every problem with its path in the assessment document
    /// (<c>$.responses[i]…</c>): another template or version; unknown or repeated items; answers outside the item's scale
    /// (or "not applicable" where the scale has none); answers to items that do not apply; and, when
    /// <paramref name="requireComplete"/>, required applicable items left unanswered.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="source">The assessment's file name or other label for the problems.</param>
    /// <param name="requireComplete">Whether unanswered required items are problems (scores and gap reports handle them otherwise).</param>
    public ImmutableArray<Problem> Validate(Assessment assessment, string? source = null, bool requireComplete = true)
    {
        Preconditions.CheckNotNull(assessment, nameof(assessment));
        var problems = new ProblemSink(source);
        if (!assessment.Answers(Header))
        {
            problems.Add("$.template", $"the assessment answers {assessment.TemplateKey}, not {Header.Key}" +
                (assessment.TemplateId == Header.Id ? "; migrate it first" : string.Empty));
            return problems.ToImmutable();
        }
        var states = new ItemStates(this, assessment);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < assessment.Responses.Length; i++)
        {
            var r = assessment.Responses[i];
            var path = JsonShape.Index("$.responses", i);
            if (!itemsById.TryGetValue(r.Item, out var item))
            {
                problems.Add(path + ".item", $"'{r.Item}' is not an item of {Header.Key}");
                continue;
            }
            if (seen.TryGetValue(r.Item, out var first))
            {
                problems.Add(path + ".item", $"'{r.Item}' is answered twice (first at $.responses[{first}])");
                continue;
            }
            seen[r.Item] = i;
            if (!item.Scale.Allows(r.Answer))
            {
                var allowed = string.Join(", ", item.Scale.Options.Select(o => o.Value));
                problems.Add(path + ".answer", item.Scale.NotApplicable is null && IsNotApplicableWord(r.Answer)
                    ? $"'{r.Item}' cannot be answered not applicable (scale '{item.Scale.Id}': {allowed})"
                    : $"'{r.Answer}' is not an answer of scale '{item.Scale.Id}' (one of: {allowed}{(item.Scale.NotApplicable is { } na ? ", " + na : string.Empty)})");
                continue;
            }
            var state = states[item];
            if (state.Kind == ItemStateKind.DoesNotApply)
            {
                var dependency = item.AppliesWhen!;
                var parent = assessment.ResponseTo(dependency.Item);
                problems.Add(path, $"'{r.Item}' does not apply because {dependency.Item} is " +
                    (parent is null ? "unanswered" : $"'{parent.Answer}'") + $" (it applies when {dependency.Item} is {string.Join(" or ", dependency.AnswerIn.Select(a => $"'{a}'"))})");
            }
        }
        if (requireComplete)
        {
            foreach (var item in Items)
            {
                if (item.Required && states[item].Kind == ItemStateKind.Unanswered)
                {
                    problems.Add("$.responses", $"required item '{item.Id}' ({item.Citation.Provision}) is not answered");
                }
            }
        }
        return problems.ToImmutable();
    }

    private static bool IsNotApplicableWord(string answer) =>
        answer.Equals("n/a", StringComparison.OrdinalIgnoreCase) || answer.Equals("na", StringComparison.OrdinalIgnoreCase)
        || answer.Equals("not-applicable", StringComparison.OrdinalIgnoreCase);

    private static ChecklistTemplate? Compile(ChecklistTemplatePackJson doc, RulePackHeader? header, ProblemSink problems) =>
        new ChecklistCompiler(doc, problems).Compile(header);
}
