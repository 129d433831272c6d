using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Gender.Checklists;

/// <summary>Checks a template document and builds the <see cref="ChecklistTemplate"/>, reporting every problem with its JSON path.</summary>
internal sealed partial class ChecklistCompiler(ChecklistTemplatePackJson doc, ProblemSink problems)
{
    /// <summary>The largest item weight: ample for any real weighting, and far from decimal overflow over thousands of items.</summary>
    internal const decimal MaxWeight = 1_000_000m;

    /// <summary>The largest magnitude of a score-scale bound, for the same reason.</summary>
    internal const decimal MaxScoreMagnitude = 1_000_000_000m;

    private readonly List<(string Path, LocalizedText Text)> texts = [];
    private HashSet<string>? allIds;
    private readonly HashSet<string> declared = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, AnswerScale> scales = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ChecklistItem Item, ItemJson Json, string Path)> items = new(StringComparer.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceId();

    public ChecklistTemplate? Compile(RulePackHeader? header)
    {
        var before = problems.Count;
        Languages();
        var name = Text(doc.Name, "$.name");
        ScoreScale? scoreScale = null;
        var scaleBounded = true;
        foreach (var (bound, value) in new[] { ("min", doc.ScoreScale.Min), ("max", doc.ScoreScale.Max) })
        {
            if (Math.Abs(value) > MaxScoreMagnitude)
            {
                problems.Add("$.scoreScale." + bound, $"lies within ±{Number(MaxScoreMagnitude)}, not {Number(value)}");
                scaleBounded = false;
            }
        }
        if (doc.ScoreScale.Min >= doc.ScoreScale.Max)
        {
            problems.Add("$.scoreScale.max", $"must be above min ({Number(doc.ScoreScale.Min)})");
        }
        else if (scaleBounded)
        {
            scoreScale = new ScoreScale(doc.ScoreScale.Min, doc.ScoreScale.Max);
        }
        var scaleList = Scales();
        if (!scales.TryGetValue(doc.DefaultScale, out var defaultScale))
        {
            problems.Add("$.defaultScale", $"unknown scale '{doc.DefaultScale}' (scales: {string.Join(", ", scales.Keys)})");
        }
        var defaultTarget = doc.DefaultTarget ?? 1m;
        CheckFraction(defaultTarget, "$.defaultTarget", "a target");
        var sections = Sections(defaultScale, defaultTarget);
        Dependencies();
        var migrations = Migrations();
        if (problems.Count > before || header is null || name is null || scoreScale is null || defaultScale is null)
        {
            return null;
        }
        return new ChecklistTemplate(header, doc.DefaultLanguage, [.. doc.Languages], name, scoreScale.Value, scaleList, defaultScale,
            defaultTarget, sections, migrations, [.. texts]);
    }

    private void Languages()
    {
        if (!LocalizedText.IsLanguageTag(doc.DefaultLanguage))
        {
            problems.Add("$.defaultLanguage", $"'{doc.DefaultLanguage}' is not a language tag such as 'en' or 'es-CO'");
        }
        for (var i = 0; i < doc.Languages.Length; i++)
        {
            var language = doc.Languages[i];
            var path = JsonShape.Index("$.languages", i);
            if (!LocalizedText.IsLanguageTag(language))
            {
                problems.Add(path, $"'{language}' is not a language tag such as 'en' or 'es-CO'");
            }
            else if (!declared.Add(language))
            {
                problems.Add(path, $"language '{language}' is listed twice");
            }
        }
        if (doc.Languages.Length == 0 || !string.Equals(doc.Languages[0], doc.DefaultLanguage, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("$.languages", $"the default language '{doc.DefaultLanguage}' must be listed first");
        }
        declared.Add(doc.DefaultLanguage);
    }

    /// <summary>Checks a localized text: language tags declared, no blank text, the default language present.</summary>
    private LocalizedText? Text(Dictionary<string, string>? json, string path)
    {
        if (json is null)
        {
            return null;
        }
        var before = problems.Count;
        foreach (var (language, text) in json)
        {
            var p = JsonShape.Child(path, language);
            if (!LocalizedText.IsLanguageTag(language))
            {
                problems.Add(p, $"'{language}' is not a language tag such as 'en' or 'es-CO'");
            }
            else if (!declared.Contains(language))
            {
                problems.Add(p, $"language '{language}' is not declared in $.languages");
            }
            else if (json.Keys.Count(k => string.Equals(k, language, StringComparison.OrdinalIgnoreCase)) > 1)
            {
                problems.Add(p, $"language '{language}' is given twice (tags are case-insensitive)");
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(p, "the text must not be blank");
            }
        }
        if (!json.Keys.Any(k => string.Equals(k, doc.DefaultLanguage, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(path, $"the default language '{doc.DefaultLanguage}' is missing");
        }
        if (problems.Count > before || !LocalizedText.IsLanguageTag(doc.DefaultLanguage))
        {
            return null;
        }
        var localized = new LocalizedText(doc.DefaultLanguage, json);
        texts.Add((path, localized));
        return localized;
    }

    private ImmutableArray<AnswerScale> Scales()
    {
        var list = ImmutableArray.CreateBuilder<AnswerScale>();
        if (doc.AnswerScales.Length == 0)
        {
            problems.Add("$.answerScales", "at least one answer scale is required");
        }
        for (var i = 0; i < doc.AnswerScales.Length; i++)
        {
            var s = doc.AnswerScales[i];
            var path = JsonShape.Index("$.answerScales", i);
            var before = problems.Count;
            var duplicate = false;
            if (!IsReferenceId(s.Id))
            {
                problems.Add(path + ".id", $"'{s.Id}' is not an id (letters, digits, '.', '_', '-')");
            }
            else if (scales.ContainsKey(s.Id))
            {
                problems.Add(path + ".id", $"duplicate scale id '{s.Id}'");
                duplicate = true;
            }
            if (s.Options.Length == 0)
            {
                problems.Add(path + ".options", "at least one option is required");
            }
            var values = new HashSet<string>(StringComparer.Ordinal);
            var options = ImmutableArray.CreateBuilder<AnswerOption>(s.Options.Length);
            for (var j = 0; j < s.Options.Length; j++)
            {
                var o = s.Options[j];
                var op = JsonShape.Index(path + ".options", j);
                if (string.IsNullOrWhiteSpace(o.Value))
                {
                    problems.Add(op + ".value", "a value is required");
                }
                else if (!values.Add(o.Value))
                {
                    problems.Add(op + ".value", $"duplicate value '{o.Value}' in scale '{s.Id}'");
                }
                CheckFraction(o.Fraction, op + ".fraction", "a fraction");
                options.Add(new AnswerOption(o.Value, o.Fraction, Text(o.Label, op + ".label")));
            }
            LocalizedText? naLabel = null;
            if (s.NotApplicable is { } na)
            {
                if (string.IsNullOrWhiteSpace(na.Value))
                {
                    problems.Add(path + ".notApplicable.value", "a value is required");
                }
                else if (values.Contains(na.Value))
                {
                    problems.Add(path + ".notApplicable.value", $"'{na.Value}' is also an option of scale '{s.Id}'");
                }
                naLabel = Text(na.Label, path + ".notApplicable.label");
            }
            if (!duplicate && (problems.Count == before || IsReferenceId(s.Id)))
            {
                // A scale with problems still keeps its id known, so that items referring to it are not reported a second time.
                var scale = new AnswerScale(s.Id, options.ToImmutable(), s.NotApplicable?.Value, naLabel);
                scales[s.Id] = scale;
                if (problems.Count == before)
                {
                    list.Add(scale);
                }
            }
        }
        return list.ToImmutable();
    }

    private ImmutableArray<ChecklistSection> Sections(AnswerScale? defaultScale, decimal defaultTarget)
    {
        var sections = ImmutableArray.CreateBuilder<ChecklistSection>(doc.Sections.Length);
        var sectionIds = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        if (doc.Sections.Length == 0)
        {
            problems.Add("$.sections", "at least one section is required");
        }
        for (var i = 0; i < doc.Sections.Length; i++)
        {
            var s = doc.Sections[i];
            var path = JsonShape.Index("$.sections", i);
            if (!IsReferenceId(s.Id))
            {
                problems.Add(path + ".id", $"'{s.Id}' is not an id (letters, digits, '.', '_', '-')");
            }
            else if (!sectionIds.Add(s.Id))
            {
                problems.Add(path + ".id", $"duplicate section id '{s.Id}'");
            }
            var title = Text(s.Title, path + ".title");
            var theme = Text(s.Theme, path + ".theme");
            if (s.Items.Length == 0)
            {
                problems.Add(path + ".items", "at least one item is required");
            }
            var list = ImmutableArray.CreateBuilder<ChecklistItem>(s.Items.Length);
            for (var j = 0; j < s.Items.Length; j++)
            {
                if (Item(s.Items[j], JsonShape.Index(path + ".items", j), s.Id, index++, defaultScale, defaultTarget) is { } item)
                {
                    list.Add(item);
                }
            }
            if (title is not null)
            {
                sections.Add(new ChecklistSection(s.Id, s.Pillar, title, theme, list.ToImmutable()));
            }
        }
        return sections.ToImmutable();
    }

    private ChecklistItem? Item(ItemJson json, string path, string sectionId, int index, AnswerScale? defaultScale, decimal defaultTarget)
    {
        var before = problems.Count;
        var duplicate = false;
        if (!IsReferenceId(json.Id))
        {
            problems.Add(path + ".id", $"'{json.Id}' is not a reference id (letters, digits, '.', '_', '-')");
        }
        else if (items.TryGetValue(json.Id, out var other))
        {
            problems.Add(path + ".id", $"duplicate item id '{json.Id}' (also at {other.Path})");
            duplicate = true;
        }
        var citation = CitationJson.Compile(json.Citation, path + ".citation", doc.Header, problems);
        var text = Text(json.Text, path + ".text");
        var guidance = Text(json.Guidance, path + ".guidance");
        var weight = json.Weight ?? 1m;
        if (weight <= 0 || weight > MaxWeight)
        {
            problems.Add(path + ".weight", $"must be above 0 and at most {Number(MaxWeight)}, not {Number(weight)}");
        }
        var scale = defaultScale;
        if (json.Scale is not null && !scales.TryGetValue(json.Scale, out scale))
        {
            problems.Add(path + ".scale", $"unknown scale '{json.Scale}' (scales: {string.Join(", ", scales.Keys)})");
        }
        var target = json.Target ?? defaultTarget;
        if (json.Target is { } t)
        {
            CheckFraction(t, path + ".target", "a target");
        }
        if (!json.Scored && json.Marker == MarkerRole.MinimumCriterion)
        {
            problems.Add(path + ".marker", "a screening item (scored: false) cannot be an OECD-DAC MinimumCriterion: a minimum criterion is a standard to meet");
        }
        if (string.IsNullOrWhiteSpace(json.Supplements) && json.Supplements is not null)
        {
            problems.Add(path + ".supplements", "must not be blank (leave it out instead)");
        }
        if (problems.Count > before || duplicate || citation is null || text is null || scale is null)
        {
            return null;
        }
        var item = new ChecklistItem(index, sectionId)
        {
            Id = json.Id,
            Citation = citation,
            Supplements = json.Supplements,
            Text = text,
            Guidance = guidance,
            Weight = weight,
            Importance = json.Importance,
            Scale = scale,
            Required = json.Required,
            Target = target,
            AppliesWhen = json.AppliesWhen is { } d ? new ItemDependency(d.Item, [.. d.AnswerIn]) : null,
            Marker = json.Marker,
            Scored = json.Scored,
        };
        items[json.Id] = (item, json, path);
        return item;
    }

    /// <summary>Gets the ids of every item in the document, including items with problems of their own.</summary>
    private HashSet<string> AllIds => allIds ??= doc.Sections.SelectMany(s => s.Items).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Checks every <c>appliesWhen</c>: a known other item, answers of its scale, and no cycle.</summary>
    private void Dependencies()
    {
        // Items with problems of their own are not in 'items'; dependencies on them are reported as unknown only when
        // no item of that id exists in the document at all.
        foreach (var (id, (item, json, path)) in items)
        {
            if (json.AppliesWhen is not { } d)
            {
                continue;
            }
            var p = path + ".appliesWhen";
            if (d.Item == id)
            {
                problems.Add(p + ".item", $"'{id}' cannot depend on itself");
                continue;
            }
            if (!items.TryGetValue(d.Item, out var on))
            {
                if (!AllIds.Contains(d.Item))
                {
                    problems.Add(p + ".item", $"unknown item '{d.Item}'");
                }
                continue;
            }
            if (d.AnswerIn.Length == 0)
            {
                problems.Add(p + ".answerIn", "at least one answer is required");
            }
            for (var k = 0; k < d.AnswerIn.Length; k++)
            {
                var answer = d.AnswerIn[k];
                if (on.Item.Scale.Option(answer) is null)
                {
                    problems.Add(JsonShape.Index(p + ".answerIn", k), on.Item.Scale.IsNotApplicable(answer)
                        ? $"'{answer}' is the not-applicable answer, which never makes another item apply"
                        : $"'{answer}' is not an answer of {d.Item}'s scale '{on.Item.Scale.Id}' (one of: {string.Join(", ", on.Item.Scale.Options.Select(o => o.Value))})");
                }
            }
        }
        // Each item depends on at most one other, so following the chain from each item finds every cycle.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in items.Keys)
        {
            var chain = new List<string> { start };
            var current = start;
            while (items.TryGetValue(current, out var entry) && entry.Item.AppliesWhen is { } dep && dep.Item != current && items.ContainsKey(dep.Item))
            {
                current = dep.Item;
                var at = chain.IndexOf(current);
                if (at >= 0)
                {
                    var cycle = chain.Skip(at).ToList();
                    if (cycle.Contains(start) && reported.Add(start))
                    {
                        var rotated = cycle.SkipWhile(c => c != start).Concat(cycle.TakeWhile(c => c != start)).Append(start);
                        problems.Add(items[start].Path + ".appliesWhen.item", "dependency cycle: " + string.Join(" → ", rotated));
                    }
                    break;
                }
                chain.Add(current);
            }
        }
    }

    private ImmutableArray<TemplateMigration> Migrations()
    {
        var list = ImmutableArray.CreateBuilder<TemplateMigration>();
        var thisVersion = PackVersion.TryParse(doc.Header.Version, out var v) ? v : (PackVersion?)null;
        var froms = new HashSet<PackVersion>();
        for (var i = 0; i < (doc.Migrations?.Length ?? 0); i++)
        {
            var m = doc.Migrations![i];
            var path = JsonShape.Index("$.migrations", i);
            var before = problems.Count;
            if (!PackVersion.TryParse(m.From, out var from))
            {
                problems.Add(path + ".from", $"'{m.From}' is not a semantic version such as 1.0.0");
            }
            else if (thisVersion is { } current && from >= current)
            {
                problems.Add(path + ".from", $"{m.From} is not earlier than this version {current}");
            }
            else if (!froms.Add(from))
            {
                problems.Add(path + ".from", $"a migration from {m.From} is given twice");
            }
            var mapped = new Dictionary<string, string>(StringComparer.Ordinal);
            var targeted = new Dictionary<string, string>(StringComparer.Ordinal);
            var changes = ImmutableArray.CreateBuilder<ItemChange>(m.Changes.Length);
            for (var j = 0; j < m.Changes.Length; j++)
            {
                var c = m.Changes[j];
                var cp = JsonShape.Index(path + ".changes", j);
                var to = c.To ?? [];
                var (fromOk, toOk) = c.Kind switch
                {
                    ItemChangeKind.Renamed => (c.From.Length >= 1, to.Length == c.From.Length),
                    ItemChangeKind.Split => (c.From.Length == 1, to.Length >= 2),
                    ItemChangeKind.Merged => (c.From.Length >= 2, to.Length == 1),
                    _ => (c.From.Length >= 1, to.Length == 0),
                };
                if (!fromOk)
                {
                    problems.Add(cp + ".from", c.Kind switch
                    {
                        ItemChangeKind.Split => "a split names exactly one earlier item",
                        ItemChangeKind.Merged => "a merge names at least two earlier items",
                        _ => "at least one earlier item is required",
                    });
                }
                if (!toOk)
                {
                    problems.Add(cp + ".to", c.Kind switch
                    {
                        ItemChangeKind.Renamed => "a rename names as many new items as earlier ones, in the same order",
                        ItemChangeKind.Split => "a split names at least two new items",
                        ItemChangeKind.Merged => "a merge names exactly one new item",
                        _ => "a removal names no new items",
                    });
                }
                for (var k = 0; k < c.From.Length; k++)
                {
                    var old = c.From[k];
                    if (string.IsNullOrWhiteSpace(old))
                    {
                        problems.Add(JsonShape.Index(cp + ".from", k), "an item id is required");
                    }
                    else if (mapped.TryGetValue(old, out var where))
                    {
                        problems.Add(JsonShape.Index(cp + ".from", k), $"'{old}' is already mapped by {where}");
                    }
                    else
                    {
                        mapped[old] = cp;
                    }
                }
                for (var k = 0; k < to.Length; k++)
                {
                    if (targeted.TryGetValue(to[k], out var other))
                    {
                        problems.Add(JsonShape.Index(cp + ".to", k), $"'{to[k]}' already receives answers from {other}; one new item takes the answers of one change (merge the earlier items to combine them)");
                    }
                    else
                    {
                        targeted[to[k]] = cp;
                    }
                    if (!AllIds.Contains(to[k]))
                    {
                        problems.Add(JsonShape.Index(cp + ".to", k), $"'{to[k]}' is not an item of this version");
                    }
                }
                if (c.Kind == ItemChangeKind.Removed && string.IsNullOrWhiteSpace(c.Reason))
                {
                    problems.Add(cp + ".reason", "a removal must say why");
                }
                changes.Add(new ItemChange(c.Kind, [.. c.From], [.. to], c.Reason));
            }
            if (problems.Count == before)
            {
                list.Add(new TemplateMigration(from, changes.ToImmutable()));
            }
        }
        return list.ToImmutable();
    }

    private void CheckFraction(decimal value, string path, string what)
    {
        if (value < 0m || value > 1m)
        {
            problems.Add(path, $"{what} lies within [0, 1], not {Number(value)}");
        }
    }

    private static bool IsReferenceId(string? id) => !string.IsNullOrEmpty(id) && ReferenceId().IsMatch(id);

    private static string Number(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
