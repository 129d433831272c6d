using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// Two assessments of the same institution over time: the earlier one is migrated to the later one's template version
/// when they differ, then each item is compared (improved, regressed, unchanged, newly answered, no longer answered) and
/// the section and overall scores of a model are set side by side. The migration notes come with the comparison.
/// </summary>
public sealed record AssessmentComparison
{
    /// <summary>Gets the template's <c>id@version</c> (the later assessment's).</summary>
    public required string TemplateKey { get; init; }

    /// <summary>Gets the earlier assessment, migrated to <see cref="TemplateKey"/>.</summary>
    public required Assessment Before { get; init; }

    /// <summary>Gets the later assessment.</summary>
    public required Assessment After { get; init; }

    /// <summary>Gets the earlier score card.</summary>
    public required ScoreCard BeforeScore { get; init; }

    /// <summary>Gets the later score card.</summary>
    public required ScoreCard AfterScore { get; init; }

    /// <summary>Gets the overall score change.</summary>
    public required ScoreDelta Overall { get; init; }

    /// <summary>Gets the section score changes, in template order.</summary>
    public required ImmutableArray<ScoreDelta> Sections { get; init; }

    /// <summary>Gets the items answered in either assessment (or "not applicable" in either), in template order.</summary>
    public required ImmutableArray<ItemComparison> Items { get; init; }

    /// <summary>Gets what the migration of the earlier assessment did; empty when both answer the same version.</summary>
    public required ImmutableArray<MigrationNote> Migration { get; init; }

    /// <summary>Compares <paramref name="before"/> with <paramref name="after"/> under <paramref name="model"/> (default: <see cref="WeightedSum"/>).</summary>
    /// <param name="template">The template version <paramref name="after"/> answers.</param>
    /// <param name="before">The earlier assessment (any earlier version of the template).</param>
    /// <param name="after">The later assessment.</param>
    /// <param name="model">The scoring model for the section deltas.</param>
    /// <param name="catalog">Where intermediate template versions are looked up for the migration.</param>
    /// <returns>
    /// The comparison, or the problems: <paramref name="after"/> does not answer the template; the two assessments name
    /// different institutions or the later one is dated before the earlier (a comparison is of one institution over time);
    /// or <paramref name="before"/> cannot be migrated to the template.
    /// </returns>
    public static Validated<AssessmentComparison> TryCompare(
        ChecklistTemplate template, Assessment before, Assessment after, IChecklistScoringModel? model = null, RulePackCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(template, nameof(template));
        Preconditions.CheckNotNull(before, nameof(before));
        Preconditions.CheckNotNull(after, nameof(after));
        model ??= new WeightedSum();
        if (!after.Answers(template.Header))
        {
            return Validated<AssessmentComparison>.Failure([new Problem(null, "$.template", $"the later assessment answers {after.TemplateKey}, not {template.Header.Key}")]);
        }
        var mismatch = new List<Problem>();
        if (before.Institution is { } earlierOf && after.Institution is { } laterOf && !string.Equals(earlierOf.Trim(), laterOf.Trim(), StringComparison.Ordinal))
        {
            mismatch.Add(new Problem(null, "$.institution", $"the assessments are of different institutions ('{earlierOf}' before, '{laterOf}' after); a comparison follows one institution over time"));
        }
        if (after.Date < before.Date)
        {
            mismatch.Add(new Problem(null, "$.date", $"the later assessment is dated {after.Date:uuuu-MM-dd}, before the earlier one ({before.Date:uuuu-MM-dd}); swap them"));
        }
        if (mismatch.Count > 0)
        {
            return Validated<AssessmentComparison>.Failure([.. mismatch]);
        }
        var migrated = ChecklistMigration.TryMigrate(before, template, catalog);
        if (!migrated.TryGetValue(out var migration))
        {
            return Validated<AssessmentComparison>.Failure(migrated.Problems);
        }
        var earlier = migration.Assessment;
        var beforeScore = model.Score(template, earlier);
        var afterScore = model.Score(template, after);
        var b = new ItemStates(template, earlier);
        var a = new ItemStates(template, after);
        var items = ImmutableArray.CreateBuilder<ItemComparison>();
        foreach (var item in template.Items.Where(i => i.Scored))
        {
            var x = b[item];
            var y = a[item];
            var was = x.Kind == ItemStateKind.Answered;
            var wasNa = x.Kind == ItemStateKind.AnsweredNotApplicable;
            var now = y.Kind == ItemStateKind.Answered;
            var nowNa = y.Kind == ItemStateKind.AnsweredNotApplicable;
            ComparisonOutcome? outcome = (was, now) switch
            {
                (true, true) => y.Fraction > x.Fraction ? ComparisonOutcome.Improved : y.Fraction < x.Fraction ? ComparisonOutcome.Regressed : ComparisonOutcome.Unchanged,
                (false, true) => ComparisonOutcome.NewlyAnswered,
                (true, false) => ComparisonOutcome.NoLongerAnswered,
                _ when wasNa && nowNa => ComparisonOutcome.Unchanged,
                _ => null,
            };
            if (outcome is { } o)
            {
                items.Add(new ItemComparison(item.Id, item.SectionId, o, x.Response?.Answer, y.Response?.Answer,
                    was ? x.Fraction : null, now ? y.Fraction : null));
            }
        }
        ScoreDelta Delta(string? section, decimal? s, decimal? t) =>
            new(section, s, t, s is { } p && t is { } q && afterScore.IsOrdinal ? q - p : null);
        return Validated<AssessmentComparison>.Success(new AssessmentComparison
        {
            TemplateKey = template.Header.Key,
            Before = earlier,
            After = after,
            BeforeScore = beforeScore,
            AfterScore = afterScore,
            Overall = Delta(null, beforeScore.Overall, afterScore.Overall),
            Sections = [.. template.Sections.Select((s, i) => Delta(s.Id, beforeScore.Sections[i].Score, afterScore.Sections[i].Score))],
            Items = items.ToImmutable(),
            Migration = migration.Notes,
        });
    }

    /// <summary>Compares two assessments; see <see cref="TryCompare"/>.</summary>
    /// <exception cref="RulePackException">The assessments cannot be compared on this template; the problems say why.</exception>
    public static AssessmentComparison Compare(
        ChecklistTemplate template, Assessment before, Assessment after, IChecklistScoringModel? model = null, RulePackCatalog? catalog = null) =>
        TryCompare(template, before, after, model, catalog).Value;

    /// <summary>Counts the items with <paramref name="outcome"/>.</summary>
    public int Count(ComparisonOutcome outcome) => Items.Count(i => i.Outcome == outcome);

    /// <summary>Writes the comparison as UTF-8 JSON (scores rounded to 4 decimals).</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        new ComparisonJson(TemplateKey, Before.Id, After.Id, AfterScore.Model, Json(Overall), [.. Sections.Select(Json)],
            [.. Items.Select(i => new ItemComparisonJson(i.Item, i.Section, i.Outcome, i.Before, i.After, i.BeforeFraction, i.AfterFraction))],
            [.. Migration.Select(n => new MigrationNoteJson(n.Kind, n.FromVersion.ToString(), n.ToVersion.ToString(), [.. n.From], [.. n.To], n.Message))]),
        ChecklistJsonContext.Default.ComparisonJson);

    /// <summary>The delta is after − before of the rounded figures, so the three numbers a reader sees add up.</summary>
    private static ScoreDeltaJson Json(ScoreDelta d)
    {
        var before = ScoreCard.Round(d.Before);
        var after = ScoreCard.Round(d.After);
        return new(d.Section, before, after, d.Delta is null ? null : after - before);
    }

    /// <summary>Value equality, including the collections.</summary>
    public bool Equals(AssessmentComparison? other) =>
        other is not null && TemplateKey == other.TemplateKey && Before.Equals(other.Before) && After.Equals(other.After)
        && BeforeScore.Equals(other.BeforeScore) && AfterScore.Equals(other.AfterScore) && Overall == other.Overall
        && Sections.SequenceEqual(other.Sections) && Items.SequenceEqual(other.Items) && Migration.SequenceEqual(other.Migration);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TemplateKey, Before.Id, After.Id);
}
