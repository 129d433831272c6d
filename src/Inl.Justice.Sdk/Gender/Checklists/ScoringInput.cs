using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Gender.Checklists;

/// <summary>Shared work of the models: item states per section, counts, and weighted means.</summary>
internal sealed class ScoringInput
{
    private ScoringInput(ChecklistTemplate template, Assessment assessment, ItemStates states)
    {
        Template = template;
        Assessment = assessment;
        States = states;
    }

    public ChecklistTemplate Template { get; }

    public Assessment Assessment { get; }

    public ItemStates States { get; }

    public static ScoringInput Create(ChecklistTemplate template, Assessment assessment)
    {
        Preconditions.CheckNotNull(template, nameof(template));
        Preconditions.CheckNotNull(assessment, nameof(assessment));
        Preconditions.CheckArgument(assessment.Answers(template.Header),
            nameof(assessment), $"The assessment answers {assessment.TemplateKey}, not {template.Header.Key}; migrate it first");
        return new ScoringInput(template, assessment, new ItemStates(template, assessment));
    }

    /// <summary>The scored (not screening; applicable, answered on the scale) items and their fractions, in template order.</summary>
    public IEnumerable<(ChecklistItem Item, decimal Fraction)> Scored(IEnumerable<ChecklistItem> items) =>
        items.Select(i => (Item: i, State: States[i])).Where(x => x.Item.Scored && x.State.IsScored).Select(x => (x.Item, x.State.Fraction));

    /// <summary>Σ wᵢ·fᵢ / Σ wᵢ over the scored items, or null when none.</summary>
    public decimal? WeightedMean(IEnumerable<ChecklistItem> items)
    {
        decimal sum = 0m, weights = 0m;
        foreach (var (item, fraction) in Scored(items))
        {
            sum += item.Weight * fraction;
            weights += item.Weight;
        }
        return weights == 0m ? null : sum / weights;
    }

    public (int Answered, int NotApplicable, int Missing) Counts(IEnumerable<ChecklistItem> items)
    {
        int answered = 0, na = 0, missing = 0;
        foreach (var item in items)
        {
            switch (States[item].Kind)
            {
                case ItemStateKind.Answered: answered++; break;
                case ItemStateKind.AnsweredNotApplicable or ItemStateKind.DoesNotApply: na++; break;
                case ItemStateKind.Unanswered: missing++; break;
            }
        }
        return (answered, na, missing);
    }

    /// <summary>Builds a card from a per-item-set score function applied to each section and to the whole template.</summary>
    public ScoreCard Card(string model, decimal min, decimal max, bool ordinal, Func<IEnumerable<ChecklistItem>, decimal?> score, ImmutableArray<string> reasons = default, bool sectionScores = true)
    {
        var sections = Template.Sections.Select(s =>
        {
            var (a, n, m) = Counts(s.Items);
            return new SectionScore(s, sectionScores ? score(s.Items) : null, a, n, m);
        }).ToImmutableArray();
        // Every item is in exactly one section, so the totals are the sections' sums.
        var (answered, notApplicable, missing) = (sections.Sum(s => s.Answered), sections.Sum(s => s.NotApplicable), sections.Sum(s => s.Missing));
        return new ScoreCard
        {
            Model = model,
            TemplateKey = Template.Header.Key,
            AssessmentId = Assessment.Id,
            Min = min,
            Max = max,
            IsOrdinal = ordinal,
            Overall = score(Template.Items),
            Sections = sections,
            Answered = answered,
            NotApplicable = notApplicable,
            Missing = missing,
            Reasons = reasons.IsDefault ? [] : reasons,
        };
    }
}
