namespace Inl.Justice.Gender.Checklists;

/// <summary>A score before and after, and the change when both exist and the model is ordinal.</summary>
/// <param name="Section">The section id, or <see langword="null"/> for the overall score.</param>
/// <param name="Before">The earlier score, or <see langword="null"/>.</param>
/// <param name="After">The later score, or <see langword="null"/>.</param>
/// <param name="Delta">After − before, or <see langword="null"/> when either is missing or the model's scores are categorical.</param>
public sealed record ScoreDelta(string? Section, decimal? Before, decimal? After, decimal? Delta);
