using System;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// Maturity stage 0–5: stage = ⌊5 × weighted mean fraction⌋ over the applicable, answered items, so stage 5 needs every
/// answer at its full fraction and each stage spans a fifth of the range (a mean of 0.8 is stage 4; 0.79 is stage 3).
/// Per section and overall; the overall stage comes from all items' weighted mean, not from the section stages.
/// </summary>
public sealed class MaturityStages : IChecklistScoringModel
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "maturity";

    /// <summary>The highest stage.</summary>
    public const int MaxStage = 5;

    /// <inheritdoc/>
    public string Name => ModelName;

    /// <inheritdoc/>
    public ScoreCard Score(ChecklistTemplate checklist, Assessment assessment)
    {
        var input = ScoringInput.Create(checklist, assessment);
        return input.Card(Name, 0m, MaxStage, ordinal: true, items => input.WeightedMean(items) is { } mean ? Stage(mean) : null);
    }

    /// <summary>The stage of a weighted mean fraction in [0, 1].</summary>
    public static int Stage(decimal meanFraction) => (int)Math.Min(MaxStage, Math.Max(0m, Math.Floor(MaxStage * meanFraction)));
}
