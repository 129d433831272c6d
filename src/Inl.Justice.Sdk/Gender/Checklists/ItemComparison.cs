namespace Inl.Justice.Gender.Checklists;

/// <summary>How one item's answer changed between two assessments (the earlier one migrated to the later version).</summary>
/// <param name="Item">The item id (in the later version).</param>
/// <param name="Section">The item's section id.</param>
/// <param name="Outcome">Improved, regressed, unchanged, newly answered or no longer answered.</param>
/// <param name="Before">The earlier answer, or <see langword="null"/>.</param>
/// <param name="After">The later answer, or <see langword="null"/>.</param>
/// <param name="BeforeFraction">The earlier answer's fraction, or <see langword="null"/> (unanswered or not applicable).</param>
/// <param name="AfterFraction">The later answer's fraction, or <see langword="null"/>.</param>
public sealed record ItemComparison(
    string Item,
    string Section,
    ComparisonOutcome Outcome,
    string? Before,
    string? After,
    decimal? BeforeFraction,
    decimal? AfterFraction);
