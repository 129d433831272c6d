using Inl.Justice.Common;

namespace Inl.Justice.Gender.Checklists;

/// <summary>One question of a checklist: the provision it derives from, its text, weight, importance, scale and target.</summary>
public sealed class ChecklistItem
{
    internal ChecklistItem(int index, string sectionId)
    {
        Index = index;
        SectionId = sectionId;
    }

    /// <summary>Gets the item's position in the template (0-based, across sections).</summary>
    internal int Index { get; }

    /// <summary>Gets the stable reference id, e.g. <c>BR-41</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the section the item belongs to.</summary>
    public string SectionId { get; }

    /// <summary>Gets the provision the item derives from.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Gets the provision this one supplements (e.g. a Nelson Mandela rule a Bangkok rule supplements), or <see langword="null"/>.</summary>
    public string? Supplements { get; init; }

    /// <summary>Gets the question.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Gets guidance for the respondent, or <see langword="null"/>.</summary>
    public LocalizedText? Guidance { get; init; }

    /// <summary>Gets the weight, above zero (default 1).</summary>
    public required decimal Weight { get; init; }

    /// <summary>Gets the importance.</summary>
    public required Importance Importance { get; init; }

    /// <summary>Gets the answer scale.</summary>
    public required AnswerScale Scale { get; init; }

    /// <summary>Gets a value indicating whether an applicable item must be answered (default true).</summary>
    public required bool Required { get; init; }

    /// <summary>Gets the fraction in [0, 1] an answer must reach; below it the item is a gap.</summary>
    public required decimal Target { get; init; }

    /// <summary>Gets the dependency that decides whether the item applies, or <see langword="null"/> when it always applies.</summary>
    public ItemDependency? AppliesWhen { get; init; }

    /// <summary>Gets the item's role in the OECD-DAC gender marker, or <see langword="null"/>.</summary>
    public MarkerRole? Marker { get; init; }

    /// <summary>
    /// Gets a value indicating whether the item counts in scores, gap reports and comparisons (default true). A screening
    /// item (<c>"scored": false</c>, e.g. "does the prison hold children?", or the OECD-DAC objective questions) is answered
    /// and validated and can decide whether other items apply or which marker a design earns, but it is not a standard to
    /// meet: no score counts it and it is a gap only when it is required and left unanswered.
    /// </summary>
    public bool Scored { get; init; } = true;
}
