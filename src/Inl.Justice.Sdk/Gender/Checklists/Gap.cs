using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// One item below its target (or a required item left unanswered), with what is needed to act on it. The
/// <see cref="Action"/>, <see cref="Owner"/> and <see cref="Due"/> fields start empty for the user to fill
/// (<c>gap with { Action = "…" }</c>); they survive <see cref="GapReport.ToJson"/> and <see cref="GapReport.TryLoad"/>.
/// </summary>
public sealed record Gap
{
    /// <summary>Gets the item id.</summary>
    public required string Item { get; init; }

    /// <summary>Gets the id of the item's section.</summary>
    public required string Section { get; init; }

    /// <summary>Gets the provision the item derives from.</summary>
    public required Citation Provision { get; init; }

    /// <summary>Gets the item's text in the report's language.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the item's importance.</summary>
    public required Importance Importance { get; init; }

    /// <summary>Gets the item's weight.</summary>
    public required decimal Weight { get; init; }

    /// <summary>Gets the answer given, or <see langword="null"/> when unanswered.</summary>
    public string? Answer { get; init; }

    /// <summary>Gets the answer's label in the report's language, or <see langword="null"/> when unanswered.</summary>
    public string? AnswerLabel { get; init; }

    /// <summary>Gets the answer's fraction, or <see langword="null"/> when unanswered.</summary>
    public decimal? Fraction { get; init; }

    /// <summary>Gets the target the answer falls short of.</summary>
    public required decimal Target { get; init; }

    /// <summary>Gets a value indicating whether the gap is a required item left unanswered.</summary>
    public bool IsUnanswered { get; init; }

    /// <summary>Gets the evidence given with the answer, or <see langword="null"/>.</summary>
    public string? Evidence { get; init; }

    /// <summary>Gets the action planned to close the gap, or <see langword="null"/> until the user fills it.</summary>
    public string? Action { get; init; }

    /// <summary>Gets who owns the action, or <see langword="null"/>.</summary>
    public string? Owner { get; init; }

    /// <summary>Gets when the action is due, or <see langword="null"/>.</summary>
    public LocalDate? Due { get; init; }
}
