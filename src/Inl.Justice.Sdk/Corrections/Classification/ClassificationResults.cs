using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Classification;

/// <summary>
/// Writes classification results as JSON (an array of
/// <c>{"id","instrument","assessedOn","population","score","scoredLevel","computedLevel","level","contributions","floors","ceilings","override"}</c>)
/// and reads them back against the instrument that produced them, losing nothing.
/// </summary>
public static class ClassificationResults
{
    /// <summary>Writes results as an indented UTF-8 JSON array.</summary>
    public static byte[] ToJson(IEnumerable<ClassificationResult> results)
    {
        Preconditions.CheckNotNull(results, nameof(results));
        return JsonSerializer.SerializeToUtf8Bytes([.. results.Select(ToJson)], ClassificationResultJsonContext.Default.ClassificationResultJsonArray);
    }

    /// <summary>Reads results written by <see cref="ToJson(IEnumerable{ClassificationResult})"/>, resolving level names against <paramref name="instrument"/>.</summary>
    public static Validated<IReadOnlyList<ClassificationResult>> TryLoad(ReadOnlyMemory<byte> utf8Json, ClassificationInstrument instrument, string? source = null)
    {
        Preconditions.CheckNotNull(instrument, nameof(instrument));
        var problems = new ProblemSink(source);
        var json = JsonDocumentReader.Read(utf8Json, ClassificationResultJsonContext.Default.ClassificationResultJsonArray, problems);
        if (json is null)
        {
            return Validated<IReadOnlyList<ClassificationResult>>.Failure(problems.ToImmutable());
        }
        var results = new List<ClassificationResult>(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            var r = json[i];
            var path = JsonShape.Index("$", i);
            if (r.Instrument != instrument.Header.Key)
            {
                problems.Add(path + ".instrument", $"computed by {r.Instrument}, not {instrument.Header.Key}");
                continue;
            }
            if (PersonId.Check(r.Id) is { } idProblem)
            {
                problems.Add(path + ".id", idProblem);
                continue;
            }
            SecurityLevel Level(string name, string at)
            {
                if (instrument.TryGetLevel(name, out var level))
                {
                    return level;
                }
                problems.Add(at, $"unknown level '{name}'");
                return default;
            }
            var before = problems.Count;
            ClassificationResult result;
            try
            {
                result = new ClassificationResult
            {
                Person = new PersonId(r.Id),
                Instrument = r.Instrument,
                AssessedOn = r.AssessedOn,
                Population = r.Population,
                Score = r.Score,
                ScoredLevel = Level(r.ScoredLevel, path + ".scoredLevel"),
                ScoredLevelCitation = Cite(r.ScoredLevelCitation),
                ComputedLevel = Level(r.ComputedLevel, path + ".computedLevel"),
                Level = Level(r.Level, path + ".level"),
                Contributions = [.. r.Contributions.Select(c => new ItemContribution(c.Item, c.Answer, c.Value, c.Points, Cite(c.Citation)))],
                Floors = [.. r.Floors.Select((f, j) => new AppliedLevelRule(f.Rule, f.Title, Level(f.Level, JsonShape.Index(path + ".floors", j) + ".level"), f.Binding, Cite(f.Citation)))],
                Ceilings = [.. r.Ceilings.Select((f, j) => new AppliedLevelRule(f.Rule, f.Title, Level(f.Level, JsonShape.Index(path + ".ceilings", j) + ".level"), f.Binding, Cite(f.Citation)))],
                Override = r.Override is { } o ? new ClassificationOverride(o.Level, o.ReasonCode, o.Reason, o.DecidedBy, o.DecidedOn, o.ApprovedBy) : null,
                Safeguards = [.. (r.Safeguards ?? []).Select(g => new SafeguardNotice(g.Rule, g.Kind, g.Message, Cite(g.Citation)))],
            };
            }
            catch (ArgumentException ex)
            {
                // A value the types refuse (a blank citation provision, an undefined enum): report it rather than throw.
                problems.Add(path, "cannot be read: " + ex.Message);
                continue;
            }
            if (problems.Count == before)
            {
                results.Add(result);
            }
        }
        return problems.HasProblems
            ? Validated<IReadOnlyList<ClassificationResult>>.Failure(problems.ToImmutable())
            : Validated<IReadOnlyList<ClassificationResult>>.Success(results);
    }

    private static Citation Cite(CitationJson c) => new(c.Provision, c.Source, c.Verification, c.Note);

    private static ClassificationResultJson ToJson(ClassificationResult r) => new(
        r.Person.Value,
        r.Instrument,
        r.AssessedOn,
        r.Population,
        r.Score,
        r.ScoredLevel.Name,
        CitationJson.From(r.ScoredLevelCitation),
        r.ComputedLevel.Name,
        r.Level.Name,
        [.. r.Contributions.Select(c => new ContributionJson(c.Item, c.Answer, c.Points, CitationJson.From(c.Citation), c.Value))],
        [.. r.Floors.Select(Rule)],
        [.. r.Ceilings.Select(Rule)],
        r.Override is { } o ? new OverrideJson(o.Level, o.ReasonCode, o.Reason, o.DecidedBy, o.DecidedOn, o.ApprovedBy) : null,
        r.Safeguards.IsEmpty ? null : [.. r.Safeguards.Select(g => new SafeguardJson(g.Rule, g.Kind, g.Message, CitationJson.From(g.Citation)))]);

    private static AppliedRuleJson Rule(AppliedLevelRule r) => new(r.Rule, r.Title, r.Level.Name, r.Binding, CitationJson.From(r.Citation));
}
