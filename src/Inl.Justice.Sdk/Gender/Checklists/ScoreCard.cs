using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// The result of scoring one assessment under one model: per-section scores and the overall score in the model's own
/// scale [<see cref="Min"/>, <see cref="Max"/>], the counts behind them, and the model's reasons.
/// </summary>
public sealed record ScoreCard
{
    /// <summary>Gets the model's name, e.g. <c>weighted</c>.</summary>
    public required string Model { get; init; }

    /// <summary>Gets the template's <c>id@version</c>.</summary>
    public required string TemplateKey { get; init; }

    /// <summary>Gets the assessment's id.</summary>
    public required string AssessmentId { get; init; }

    /// <summary>Gets the lowest score of the model's scale.</summary>
    public required decimal Min { get; init; }

    /// <summary>Gets the highest score of the model's scale.</summary>
    public required decimal Max { get; init; }

    /// <summary>
    /// Gets a value indicating whether a higher score is better. False for the OECD-DAC marker, whose 2 is not "better"
    /// than 1: compare such scores for equality only.
    /// </summary>
    public required bool IsOrdinal { get; init; }

    /// <summary>Gets the overall score, or <see langword="null"/> when nothing could be scored.</summary>
    public required decimal? Overall { get; init; }

    /// <summary>Gets the section scores, in template order.</summary>
    public required ImmutableArray<SectionScore> Sections { get; init; }

    /// <summary>Gets how many applicable items were answered with an answer of their scale.</summary>
    public required int Answered { get; init; }

    /// <summary>Gets how many items were answered "not applicable" or do not apply.</summary>
    public required int NotApplicable { get; init; }

    /// <summary>Gets how many applicable items were not answered.</summary>
    public required int Missing { get; init; }

    /// <summary>Gets the model's explanation of the overall score (e.g. which marker criterion failed); may be empty.</summary>
    public ImmutableArray<string> Reasons { get; init; } = [];

    /// <summary>Gets the score of section <paramref name="sectionId"/>.</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No such section.</exception>
    public decimal? SectionScoreOf(string sectionId) =>
        (Sections.FirstOrDefault(s => s.Section.Id == sectionId) ?? throw new System.Collections.Generic.KeyNotFoundException($"No section '{sectionId}'")).Score;

    /// <summary>Writes the score card as UTF-8 JSON, titles in <paramref name="language"/>; scores are rounded to 4 decimals.</summary>
    public byte[] ToJson(string? language = null) => JsonSerializer.SerializeToUtf8Bytes(
        new ScoreCardJson(Model, TemplateKey, AssessmentId, Min, Max, IsOrdinal, Round(Overall), Answered, NotApplicable, Missing,
            [.. Sections.Select(s => new SectionScoreJson(s.Section.Id, s.Section.Title.Resolve(language), s.Section.Pillar, Round(s.Score), s.Answered, s.NotApplicable, s.Missing))],
            Reasons.IsDefaultOrEmpty ? null : [.. Reasons]),
        ChecklistJsonContext.Default.ScoreCardJson);

    internal static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero) : null;

    /// <summary>Value equality, including the sections and reasons.</summary>
    public bool Equals(ScoreCard? other) =>
        other is not null && Model == other.Model && TemplateKey == other.TemplateKey && AssessmentId == other.AssessmentId
        && Min == other.Min && Max == other.Max && IsOrdinal == other.IsOrdinal && Overall == other.Overall
        && Answered == other.Answered && NotApplicable == other.NotApplicable && Missing == other.Missing
        && Sections.SequenceEqual(other.Sections) && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Model, TemplateKey, AssessmentId, Overall);
}
