namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// Weighted score on the template's <c>scoreScale</c>: the weighted mean fraction Σ wᵢ·fᵢ / Σ wᵢ over the applicable,
/// answered items, rescaled to [min, max] (min + mean × (max − min)) and clipped to it. A section with nothing scored
/// has no score.
/// </summary>
public sealed class WeightedSum : IChecklistScoringModel
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "weighted";

    /// <inheritdoc/>
    public string Name => ModelName;

    /// <inheritdoc/>
    public ScoreCard Score(ChecklistTemplate checklist, Assessment assessment)
    {
        var input = ScoringInput.Create(checklist, assessment);
        var scale = checklist.ScoreScale;
        return input.Card(Name, scale.Min, scale.Max, ordinal: true, items => input.WeightedMean(items) is { } mean ? scale.FromFraction(mean) : null);
    }
}
