using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections.Alternatives;

/// <summary>
/// A screen for non-custodial measures, from an <c>alternatives-screen</c> pack (default <c>un-alternatives-screen</c>:
/// Tokyo Rules 5–6, 8.2, 9; Bangkok Rules 57–65; Beijing Rules 13, 17–19): for a person at a stage of proceedings, the
/// measures the jurisdiction makes available and the considerations that favour them, each with its citation.
/// </summary>
/// <remarks>
/// A consideration applies when its <c>when</c> condition holds and its <c>unless</c> condition does not, on the facts
/// recorded; an unrecorded fact makes it <see cref="ConsiderationOutcome.Undetermined"/> (three-valued logic), never
/// false. The screen informs a decision; it never makes one. Immutable and thread-safe; dates are arguments.
/// </remarks>
public sealed class AlternativesScreen : IRulePack<AlternativesScreen>
{
    /// <summary>The <c>header.kind</c> of screen packs.</summary>
    public const string Kind = "alternatives-screen";

    /// <summary>What every screening report says about itself.</summary>
    public const string Notice = "This screen lists options and the standards that favour them. It informs a decision by a competent authority; it does not make one.";

    private readonly ImmutableArray<Measure> measures;
    private readonly ImmutableArray<Consideration> considerations;
    private readonly ImmutableSortedDictionary<string, string> facts;

    private AlternativesScreen(RulePackHeader header, ImmutableSortedDictionary<string, string> facts, ImmutableArray<Measure> measures, ImmutableArray<Consideration> considerations)
    {
        Header = header;
        this.facts = facts;
        this.measures = measures;
        this.considerations = considerations;
    }

    /// <inheritdoc/>
    public static string PackKind => Kind;

    /// <inheritdoc/>
    public RulePackHeader Header { get; }

    /// <summary>Gets the facts cases may record, by id, with their titles.</summary>
    public ImmutableSortedDictionary<string, string> Facts => facts;

    /// <summary>Gets the measures' ids, in pack order.</summary>
    public ImmutableArray<string> Measures => [.. measures.Select(m => m.Id)];

    /// <summary>Gets the considerations' ids, in pack order.</summary>
    public ImmutableArray<string> Considerations => [.. considerations.Select(c => c.Id)];

    /// <summary>Gets the JSON Schema of screen packs (published as <c>docs/schemas/alternatives-screen.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        AlternativesJsonContext.Default.AlternativesPackJson,
        "https://inl-justice-sdk/schemas/alternatives-screen.schema.json",
        "Inl.Justice.Sdk alternatives-screen rule pack",
        "Non-custodial measures by stage of proceedings and the considerations that favour them, each citing its provision.");

    /// <summary>Reads, validates and compiles a screen pack, reporting every problem with its JSON path.</summary>
    public static Validated<AlternativesScreen> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null) =>
        RulePackLoader.Load(utf8Json, source, AlternativesJsonContext.Default.AlternativesPackJson, Kind, Compile);

    /// <summary>Reads, validates and compiles a screen pack.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    public static AlternativesScreen Load(ReadOnlyMemory<byte> utf8Json, string? source = null) => TryLoad(utf8Json, source).Value;

    /// <summary>Reads a screen pack from a file.</summary>
    /// <exception cref="RulePackException">The pack has problems.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static AlternativesScreen LoadFile(string path) => Load(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Screens one person on <paramref name="on"/>.</summary>
    /// <exception cref="ArgumentException">The case records a fact this pack does not declare, or was born after <paramref name="on"/>.</exception>
    public ScreeningResult Screen(ScreeningCase person, LocalDate on)
    {
        Preconditions.CheckNotNull(person, nameof(person));
        var undeclared = person.Facts.Keys.FirstOrDefault(k => !facts.ContainsKey(k));
        Preconditions.CheckArgument(undeclared is null, nameof(person), $"{person.Id} records fact '{undeclared}', which {Header.Key} does not declare");
        Preconditions.CheckArgument(person.DateOfBirth <= on, nameof(on), $"{person.Id} was born after {on:uuuu-MM-dd}");
        var age = CompletedYears.Between(person.DateOfBirth, on);

        var findings = ImmutableArray.CreateBuilder<ConsiderationFinding>();
        foreach (var c in considerations)
        {
            if (!c.Stages.Contains(person.Stage))
            {
                continue;
            }
            var missing = new SortedSet<string>(StringComparer.Ordinal);
            var when = c.When.Evaluate(person, age, missing);
            var unless = c.Unless?.Evaluate(person, age, missing) ?? Truth.False;
            var outcome = Truths.And(when, Truths.Not(unless));
            findings.Add(new ConsiderationFinding(
                c.Id,
                c.Title,
                outcome switch { Truth.True => ConsiderationOutcome.Applies, Truth.False => ConsiderationOutcome.DoesNotApply, _ => ConsiderationOutcome.Undetermined },
                outcome == Truth.Unknown ? [.. missing] : [],
                c.Favours.IsEmpty ? [.. measures.Where(m => m.Stages.Contains(person.Stage)).Select(m => m.Id)] : c.Favours,
                c.Citation));
        }

        var screened = ImmutableArray.CreateBuilder<ScreenedMeasure>();
        foreach (var m in measures)
        {
            if (!m.Stages.Contains(person.Stage))
            {
                continue;
            }
            var availability = m.When?.Evaluate(person, age, null) ?? Truth.True;
            if (availability == Truth.False)
            {
                continue;
            }
            screened.Add(new ScreenedMeasure(
                m.Id,
                m.Title,
                availability == Truth.True ? ConsiderationOutcome.Applies : ConsiderationOutcome.Undetermined,
                [.. findings.Where(f => f.Outcome == ConsiderationOutcome.Applies && f.Favours.Contains(m.Id)).Select(f => f.Id)],
                [.. findings.Where(f => f.Outcome == ConsiderationOutcome.Undetermined && f.Favours.Contains(m.Id)).Select(f => f.Id)],
                m.Citation));
        }
        return new ScreeningResult(person.Id, person.Stage, age, screened.ToImmutable(), findings.ToImmutable());
    }

    /// <summary>
    /// Screens every case. A case that records a fact this pack does not declare is a problem (with its JSON path), and
    /// then nothing is returned: a report never leaves anyone out silently.
    /// </summary>
    /// <param name="cases">The cases.</param>
    /// <param name="source">A label for problems, such as the cases file's name.</param>
    public Validated<ScreeningReport> ScreenAll(ScreeningCases cases, string? source = null)
    {
        Preconditions.CheckNotNull(cases, nameof(cases));
        var problems = new ProblemSink(source);
        for (var i = 0; i < cases.Cases.Length; i++)
        {
            foreach (var name in cases.Cases[i].Facts.Keys)
            {
                if (!facts.ContainsKey(name))
                {
                    problems.Add(JsonShape.Child(JsonShape.Index("$.cases", i) + ".facts", name), $"'{name}' is not a fact of {Header.Key} (it declares {string.Join(", ", facts.Keys)})");
                }
            }
        }
        return problems.HasProblems
            ? Validated<ScreeningReport>.Failure(problems.ToImmutable())
            : Validated<ScreeningReport>.Success(new ScreeningReport(Header.Key, cases.ScreenedOn, [.. cases.Cases.Select(c => Screen(c, cases.ScreenedOn))]));
    }

    private static AlternativesScreen? Compile(AlternativesPackJson doc, RulePackHeader? header, ProblemSink problems)
    {
        var before = problems.Count;
        var factTitles = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Facts.Length; i++)
        {
            var f = doc.Facts[i];
            var path = JsonShape.Index("$.facts", i);
            CheckId(f.Id, path + ".id", "fact", problems);
            if (string.IsNullOrWhiteSpace(f.Title))
            {
                problems.Add(path + ".title", "a title is required");
            }
            if (!string.IsNullOrWhiteSpace(f.Id) && !factTitles.TryAdd(f.Id, f.Title))
            {
                problems.Add(path + ".id", $"duplicate fact id '{f.Id}'");
            }
        }
        var declared = factTitles.ToImmutable();

        var measureIds = new Dictionary<string, ImmutableArray<ScreeningStage>>(StringComparer.Ordinal);
        var measures = ImmutableArray.CreateBuilder<Measure>();
        if (doc.Measures.Length == 0)
        {
            problems.Add("$.measures", "at least one measure is required");
        }
        for (var i = 0; i < doc.Measures.Length; i++)
        {
            var m = doc.Measures[i];
            var path = JsonShape.Index("$.measures", i);
            var k = problems.Count;
            CheckId(m.Id, path + ".id", "measure", problems);
            if (string.IsNullOrWhiteSpace(m.Title))
            {
                problems.Add(path + ".title", "a title is required");
            }
            var stages = Stages(m.Stages, path + ".stages", problems);
            var citation = CitationJson.Compile(m.Citation, path + ".citation", doc.Header, problems);
            var when = m.When is null ? null : Condition.Compile(m.When, path + ".when", declared, problems);
            if (!string.IsNullOrWhiteSpace(m.Id) && !measureIds.TryAdd(m.Id, stages))
            {
                problems.Add(path + ".id", $"duplicate measure id '{m.Id}'");
            }
            if (problems.Count == k && citation is not null)
            {
                measures.Add(new Measure(m.Id, m.Title, stages, when, citation));
            }
        }

        var considerationIds = new HashSet<string>(StringComparer.Ordinal);
        var considerations = ImmutableArray.CreateBuilder<Consideration>();
        for (var i = 0; i < doc.Considerations.Length; i++)
        {
            var c = doc.Considerations[i];
            var path = JsonShape.Index("$.considerations", i);
            var k = problems.Count;
            CheckId(c.Id, path + ".id", "consideration", problems);
            if (!string.IsNullOrWhiteSpace(c.Id) && !considerationIds.Add(c.Id))
            {
                problems.Add(path + ".id", $"duplicate consideration id '{c.Id}'");
            }
            if (string.IsNullOrWhiteSpace(c.Title))
            {
                problems.Add(path + ".title", "a title is required");
            }
            var stages = Stages(c.Stages, path + ".stages", problems);
            var citation = CitationJson.Compile(c.Citation, path + ".citation", doc.Header, problems);
            var when = Condition.Compile(c.When, path + ".when", declared, problems);
            var unless = c.Unless is null ? null : Condition.Compile(c.Unless, path + ".unless", declared, problems);
            if (c.Unless is not null && unless is { IsAlways: true })
            {
                problems.Add(path + ".unless", "an empty 'unless' would always hold, so the consideration could never apply");
            }
            var favours = c.Favours ?? [];
            if (c.Favours is { Length: 0 })
            {
                problems.Add(path + ".favours", "give at least one measure, or omit 'favours' to favour every measure of the stages");
            }
            for (var j = 0; j < favours.Length; j++)
            {
                var fp = JsonShape.Index(path + ".favours", j);
                if (!measureIds.TryGetValue(favours[j], out var measureStages))
                {
                    problems.Add(fp, $"unknown measure '{favours[j]}'");
                }
                else if (!measureStages.Any(stages.Contains))
                {
                    problems.Add(fp, $"measure '{favours[j]}' is not available at any stage of this consideration ({string.Join(", ", stages)})");
                }
                if (favours.Take(j).Contains(favours[j], StringComparer.Ordinal))
                {
                    problems.Add(fp, $"duplicate measure '{favours[j]}'");
                }
            }
            if (problems.Count == k && citation is not null && when is not null)
            {
                considerations.Add(new Consideration(c.Id, c.Title, stages, when, unless, [.. favours], citation));
            }
        }
        return problems.Count > before || header is null
            ? null
            : new AlternativesScreen(header, declared, measures.ToImmutable(), considerations.ToImmutable());
    }

    private static void CheckId(string id, string path, string what, ProblemSink problems)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(path, $"a {what} id is required");
        }
        else if (id.Length > 80 || !id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'))
        {
            problems.Add(path, $"'{id}' must be 1–80 ASCII letters, digits, '-', '_' or '.'");
        }
    }

    private static ImmutableArray<ScreeningStage> Stages(ScreeningStage[] stages, string path, ProblemSink problems)
    {
        if (stages.Length == 0)
        {
            problems.Add(path, "at least one stage is required");
        }
        if (stages.Distinct().Count() != stages.Length)
        {
            problems.Add(path, "a stage is listed twice");
        }
        return [.. stages.Distinct()];
    }

    private sealed record Measure(string Id, string Title, ImmutableArray<ScreeningStage> Stages, Condition? When, Citation Citation);

    private sealed record Consideration(
        string Id,
        string Title,
        ImmutableArray<ScreeningStage> Stages,
        Condition When,
        Condition? Unless,
        ImmutableArray<string> Favours,
        Citation Citation);
}
