using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Inl.Justice.Gender.Checklists;

/// <summary>What an assessment says about one item, once dependencies are resolved.</summary>
internal enum ItemStateKind
{
    /// <summary>The item's <c>appliesWhen</c> is not satisfied.</summary>
    DoesNotApply,

    /// <summary>Applicable and answered "not applicable".</summary>
    AnsweredNotApplicable,

    /// <summary>Applicable and answered with an option of its scale.</summary>
    Answered,

    /// <summary>Applicable and not answered.</summary>
    Unanswered,

    /// <summary>Applicable and answered with a value outside its scale (a validation problem; ignored by scores).</summary>
    Invalid,
}

internal readonly record struct ItemState(ItemStateKind Kind, ChecklistResponse? Response, decimal Fraction)
{
    public bool IsScored => Kind == ItemStateKind.Answered;
}

/// <summary>
/// Resolves every item of a template against an assessment: the first response to an item counts; an item applies when
/// its dependency was answered with one of the listed options (recursively). Independent of response order when no item
/// is answered twice (validation reports duplicates).
/// </summary>
internal sealed class ItemStates
{
    private readonly ChecklistTemplate template;
    private readonly Dictionary<string, ChecklistResponse> responses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ItemState> states = new(StringComparer.Ordinal);

    public ItemStates(ChecklistTemplate template, Assessment assessment)
    {
        this.template = template;
        foreach (var r in assessment.Responses)
        {
            responses.TryAdd(r.Item, r);
        }
        foreach (var item in template.Items)
        {
            _ = this[item];
        }
    }

    public ItemState this[ChecklistItem item]
    {
        get
        {
            if (states.TryGetValue(item.Id, out var known))
            {
                return known;
            }
            var state = Resolve(item);
            states[item.Id] = state;
            return state;
        }
    }

    private ItemState Resolve(ChecklistItem item)
    {
        if (item.AppliesWhen is { } dependency && template.TryGetItem(dependency.Item, out var on))
        {
            // Templates are checked for cycles when they load, so this recursion ends.
            var parent = this[on];
            if (parent.Kind != ItemStateKind.Answered || !dependency.AnswerIn.Contains(parent.Response!.Answer, StringComparer.Ordinal))
            {
                responses.TryGetValue(item.Id, out var ignored);
                return new ItemState(ItemStateKind.DoesNotApply, ignored, 0m);
            }
        }
        if (!responses.TryGetValue(item.Id, out var response))
        {
            return new ItemState(ItemStateKind.Unanswered, null, 0m);
        }
        if (item.Scale.IsNotApplicable(response.Answer))
        {
            return new ItemState(ItemStateKind.AnsweredNotApplicable, response, 0m);
        }
        return item.Scale.Option(response.Answer) is { } option
            ? new ItemState(ItemStateKind.Answered, response, option.Fraction)
            : new ItemState(ItemStateKind.Invalid, response, 0m);
    }
}
