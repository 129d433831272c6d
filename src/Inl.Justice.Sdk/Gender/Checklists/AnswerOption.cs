namespace Inl.Justice.Gender.Checklists;

/// <summary>One answer on a scale: its value in assessments, the fraction of the item it meets, and its label.</summary>
/// <param name="Value">The value recorded in assessments, e.g. <c>met</c>.</param>
/// <param name="Fraction">How much of the item the answer meets, in [0, 1].</param>
/// <param name="Label">The label shown to people, or <see langword="null"/> to show the value.</param>
public sealed record AnswerOption(string Value, decimal Fraction, LocalizedText? Label = null);
