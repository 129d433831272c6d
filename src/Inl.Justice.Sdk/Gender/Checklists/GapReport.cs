using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// The items of an assessment below target, to plan action on: applicable items whose answer's fraction is below the
/// item's target, and required applicable items left unanswered; ordered by importance (critical first), then weight
/// (heaviest first), then template order. "Not applicable" answers and items that do not apply are never gaps.
/// </summary>
public sealed record GapReport
{
    /// <summary>Gets the template's <c>id@version</c>.</summary>
    public required string TemplateKey { get; init; }

    /// <summary>Gets the assessment's id.</summary>
    public required string AssessmentId { get; init; }

    /// <summary>Gets the institution assessed, or <see langword="null"/>.</summary>
    public string? Institution { get; init; }

    /// <summary>Gets the date of the assessment, or <see langword="null"/>.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets the language the texts are in.</summary>
    public required string Language { get; init; }

    /// <summary>Gets the gaps, most important first.</summary>
    public required ImmutableArray<Gap> Gaps { get; init; }

    /// <summary>Lists the gaps of <paramref name="assessment"/> with texts in <paramref name="language"/> (default: the assessment's).</summary>
    /// <exception cref="ArgumentException">The assessment answers another template or version.</exception>
    public static GapReport Create(ChecklistTemplate template, Assessment assessment, string? language = null)
    {
        var input = ScoringInput.Create(template, assessment);
        language ??= assessment.Language;
        var gaps = template.Items
            .Select(item => (item, state: input.States[item]))
            // A screening item is never below target, but a required one left unanswered is a gap: the items it would
            // switch on are silently out of the assessment until it is answered.
            .Where(x => (x.item.Scored && x.state.Kind == ItemStateKind.Answered && x.state.Fraction < x.item.Target)
                || (x.state.Kind == ItemStateKind.Unanswered && x.item.Required))
            .OrderBy(x => x.item.Importance)
            .ThenByDescending(x => x.item.Weight)
            .ThenBy(x => x.item.Index)
            .Select(x => new Gap
            {
                Item = x.item.Id,
                Section = x.item.SectionId,
                Provision = x.item.Citation,
                Text = x.item.Text.Resolve(language),
                Importance = x.item.Importance,
                Weight = x.item.Weight,
                Answer = x.state.Response?.Answer,
                AnswerLabel = x.state.Response is { } r ? x.item.Scale.LabelOf(r.Answer, language) : null,
                Fraction = x.state.Kind == ItemStateKind.Answered ? x.state.Fraction : null,
                Target = x.item.Target,
                IsUnanswered = x.state.Kind == ItemStateKind.Unanswered,
                Evidence = x.state.Response?.Evidence,
            })
            .ToImmutableArray();
        return new GapReport
        {
            TemplateKey = template.Header.Key,
            AssessmentId = assessment.Id,
            Institution = assessment.Institution,
            Date = assessment.Date,
            Language = language,
            Gaps = gaps,
        };
    }

    /// <summary>Writes the report as UTF-8 JSON, including the action, owner and due date of each gap.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        new GapReportJson(TemplateKey, AssessmentId, Language,
            [.. Gaps.Select(g => new GapJson(g.Item, g.Section, CitationJson.From(g.Provision), g.Text, g.Importance, g.Weight, g.Target, g.IsUnanswered,
                g.Answer, g.AnswerLabel, g.Fraction, g.Evidence, g.Action, g.Owner, g.Due))],
            Institution, Date),
        ChecklistJsonContext.Default.GapReportJson);

    /// <summary>Reads a report written by <see cref="ToJson"/> (perhaps with actions filled in), reporting every problem with its path.</summary>
    public static Validated<GapReport> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null)
    {
        var problems = new ProblemSink(source);
        var json = JsonDocumentReader.Read(utf8Json, ChecklistJsonContext.Default.GapReportJson, problems);
        if (json is null)
        {
            return Validated<GapReport>.Failure(problems.ToImmutable());
        }
        var gaps = ImmutableArray.CreateBuilder<Gap>(json.Gaps.Length);
        for (var i = 0; i < json.Gaps.Length; i++)
        {
            var g = json.Gaps[i];
            var path = JsonShape.Index("$.gaps", i);
            if (string.IsNullOrWhiteSpace(g.Provision.Provision))
            {
                problems.Add(path + ".provision.provision", "the provision is required");
                continue;
            }
            gaps.Add(new Gap
            {
                Item = g.Item,
                Section = g.Section,
                Provision = g.Provision.ToCitation(),
                Text = g.Text,
                Importance = g.Importance,
                Weight = g.Weight,
                Answer = g.Answer,
                AnswerLabel = g.AnswerLabel,
                Fraction = g.Fraction,
                Target = g.Target,
                IsUnanswered = g.Unanswered,
                Evidence = g.Evidence,
                Action = g.Action,
                Owner = g.Owner,
                Due = g.Due,
            });
        }
        return problems.HasProblems
            ? Validated<GapReport>.Failure(problems.ToImmutable())
            : Validated<GapReport>.Success(new GapReport
            {
                TemplateKey = json.Template,
                AssessmentId = json.Assessment,
                Institution = json.Institution,
                Date = json.Date,
                Language = json.Language,
                Gaps = gaps.ToImmutable(),
            });
    }

    /// <summary>Reads a report from a file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Validated<GapReport> TryLoadFile(string path) => TryLoad(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Value equality, including the gaps in order.</summary>
    public bool Equals(GapReport? other) =>
        other is not null && TemplateKey == other.TemplateKey && AssessmentId == other.AssessmentId && Institution == other.Institution
        && Date == other.Date && Language == other.Language && Gaps.SequenceEqual(other.Gaps);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TemplateKey, AssessmentId, Gaps.Length);
}
