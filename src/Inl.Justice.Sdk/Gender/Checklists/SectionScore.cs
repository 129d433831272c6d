namespace Inl.Justice.Gender.Checklists;

/// <summary>One section's score under a model, with its counts.</summary>
/// <param name="Section">The section.</param>
/// <param name="Score">The score in the model's scale, or <see langword="null"/> when no applicable item was answered (or the model scores overall only).</param>
/// <param name="Answered">Applicable items answered with an answer of their scale.</param>
/// <param name="NotApplicable">Items answered "not applicable" or whose <c>appliesWhen</c> is not satisfied.</param>
/// <param name="Missing">Applicable items not answered.</param>
public sealed record SectionScore(ChecklistSection Section, decimal? Score, int Answered, int NotApplicable, int Missing);
