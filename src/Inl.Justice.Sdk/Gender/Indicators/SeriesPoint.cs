namespace Inl.Justice.Gender.Indicators;

/// <summary>One year of an <see cref="IndicatorSeries"/>.</summary>
/// <param name="Year">The year (for personnel indicators, the year whose 31 December is the reference date).</param>
/// <param name="Value">The indicator's value that year, or <see langword="null"/> when the year is missing (no data, or the indicator is undefined, e.g. no women or men counted).</param>
/// <param name="Change">The change from the previous year, <c>Value − previous Value</c>, in the indicator's own units (for a share, in fractions: 0.02 = 2 percentage points); <see langword="null"/> when this year or the previous one is missing, and for the first year.</param>
public readonly record struct SeriesPoint(int Year, double? Value, double? Change)
{
    /// <summary>Gets a value indicating whether the year has no value.</summary>
    public bool IsMissing => Value is null;
}
