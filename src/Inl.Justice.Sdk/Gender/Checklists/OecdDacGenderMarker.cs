using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// The OECD-DAC gender equality marker of a programme design, from the items' <c>marker</c> roles: <b>2</b> (principal)
/// when every applicable minimum criterion is met (fraction 1) and a principal-objective item is met; <b>1</b>
/// (significant) when the minimum criteria are met and a significant- or principal-objective item is met; else <b>0</b>
/// (not targeted). The reasons say which criterion failed or which objective was met. Scored overall only: sections are
/// listed with their counts. The marker is categorical — 2 is not "better" than 1 — so the card is not ordinal.
/// </summary>
/// <remarks>
/// A minimum criterion answered "not applicable" or left unanswered is not met: the minimum criteria cannot be waived.
/// One whose <c>appliesWhen</c> is not satisfied does not count.
/// </remarks>
public sealed class OecdDacGenderMarker : IChecklistScoringModel
{
    /// <summary>The model's name.</summary>
    public const string ModelName = "oecd-dac";

    /// <inheritdoc/>
    public string Name => ModelName;

    /// <inheritdoc/>
    public ScoreCard Score(ChecklistTemplate checklist, Assessment assessment)
    {
        var input = ScoringInput.Create(checklist, assessment);
        var template = input.Template;
        var reasons = new List<string>();
        var minimumMet = true;
        foreach (var item in template.Items.Where(i => i.Marker == MarkerRole.MinimumCriterion))
        {
            var state = input.States[item];
            var failure = state.Kind switch
            {
                ItemStateKind.DoesNotApply => null,
                ItemStateKind.Answered when state.Fraction == 1m => null,
                ItemStateKind.Answered => $"is '{state.Response!.Answer}', not fully met",
                ItemStateKind.AnsweredNotApplicable => "was answered not applicable; minimum criteria cannot be waived",
                ItemStateKind.Invalid => $"has an answer outside its scale ('{state.Response!.Answer}')",
                _ => "is unanswered",
            };
            if (failure is not null)
            {
                minimumMet = false;
                reasons.Add($"minimum criterion {item.Id} ({item.Citation.Provision}) {failure}");
            }
        }
        bool Met(ChecklistItem i) => input.States[i] is { Kind: ItemStateKind.Answered, Fraction: 1m };
        var principal = template.Items.Where(i => i.Marker == MarkerRole.PrincipalObjective && Met(i)).Select(i => i.Id).ToList();
        var significant = template.Items.Where(i => i.Marker == MarkerRole.SignificantObjective && Met(i)).Select(i => i.Id).ToList();
        int marker;
        if (!minimumMet)
        {
            marker = 0;
        }
        else if (principal.Count > 0)
        {
            marker = 2;
            reasons.Add("minimum criteria met; principal objective met: " + string.Join(", ", principal));
        }
        else if (significant.Count > 0)
        {
            marker = 1;
            reasons.Add("minimum criteria met; significant objective met: " + string.Join(", ", significant));
        }
        else
        {
            marker = 0;
            reasons.Add("minimum criteria met, but no significant- or principal-objective item is met");
        }
        return input.Card(Name, 0m, 2m, ordinal: false, _ => marker, [.. reasons], sectionScores: false);
    }
}
