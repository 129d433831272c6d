using Inl.Justice.Common;

namespace Inl.Justice.Gender.Indicators;

/// <summary>One indicator over the years of an <see cref="IndicatorReport"/>.</summary>
/// <param name="Id">A stable id, e.g. <c>women-share-police</c> or <c>sdg-16-3-2-women</c>.</param>
/// <param name="Title">What the values are, for people.</param>
/// <param name="Definition">The published definition followed, with how well it was checked.</param>
/// <param name="Series">The values by year (fractions in [0, 1], or a ratio for 16.7.1(c)), missing years explicit.</param>
/// <param name="IsRatio">The values are ratios (16.7.1(c), 1 = parity), not proportions to show as percentages.</param>
public sealed record IndicatorLine(string Id, string Title, Citation Definition, IndicatorSeries Series, bool IsRatio = false)
{
    /// <summary>Gets the id, never blank.</summary>
    public string Id { get; init; } = Preconditions.CheckNotBlank(Id, nameof(Id));

    /// <summary>Gets the title, never blank.</summary>
    public string Title { get; init; } = Preconditions.CheckNotBlank(Title, nameof(Title));

    /// <summary>Gets the definition followed; never null.</summary>
    public Citation Definition { get; init; } = Preconditions.CheckNotNull(Definition, nameof(Definition));

    /// <summary>Gets the series; never null.</summary>
    public IndicatorSeries Series { get; init; } = Preconditions.CheckNotNull(Series, nameof(Series));
}
