namespace Inl.Justice.Gender.Indicators;

/// <summary>The direction of an <see cref="IndicatorSeries"/> (rule: <see cref="IndicatorSeries.Trend"/>).</summary>
public enum TrendDirection
{
    /// <summary>Fewer than two years have a value: no trend can be stated.</summary>
    InsufficientData = 1,

    /// <summary>The fitted change across the observed years is below minus the tolerance.</summary>
    Falling = 2,

    /// <summary>The fitted change across the observed years is within the tolerance either way.</summary>
    Flat = 3,

    /// <summary>The fitted change across the observed years is above the tolerance.</summary>
    Rising = 4,
}
