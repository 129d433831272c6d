using System.Collections.Generic;
using Inl.Justice.Common;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// Compliance rate in percent (0–100): an answer with fraction 1 is <em>met</em>, 0 is <em>not met</em>, anything between
/// is <em>partly met</em>; rate = (met + partialCredit × partly) / (met + partly + not met) × 100. Weights are not used.
/// "Not applicable" answers, items that do not apply and unanswered items are left out of the denominator (unanswered
/// ones are counted as missing). A section with nothing scored has no rate.
/// </summary>
public sealed class TriStateCompliance : IChecklistScoringModel
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "tri-state";

    /// <summary>Creates the model.</summary>
    /// <param name="partialCredit">The credit of a partly met item, in [0, 1]; default 0.5.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The credit is outside [0, 1].</exception>
    public TriStateCompliance(decimal partialCredit = 0.5m)
    {
        Preconditions.CheckArgument(partialCredit is >= 0m and <= 1m, nameof(partialCredit), "The partial credit lies within [0, 1]");
        PartialCredit = partialCredit;
    }

    /// <summary>Gets the credit of a partly met item.</summary>
    public decimal PartialCredit { get; }

    /// <inheritdoc/>
    public string Name => ModelName;

    /// <inheritdoc/>
    public ScoreCard Score(ChecklistTemplate checklist, Assessment assessment)
    {
        var input = ScoringInput.Create(checklist, assessment);
        return input.Card(Name, 0m, 100m, ordinal: true, items => Rate(input, items));
    }

    private decimal? Rate(ScoringInput input, IEnumerable<ChecklistItem> items)
    {
        int met = 0, partly = 0, notMet = 0;
        foreach (var (_, fraction) in input.Scored(items))
        {
            if (fraction == 1m)
            {
                met++;
            }
            else if (fraction == 0m)
            {
                notMet++;
            }
            else
            {
                partly++;
            }
        }
        var denominator = met + partly + notMet;
        return denominator == 0 ? null : (met + (PartialCredit * partly)) * 100m / denominator;
    }
}
