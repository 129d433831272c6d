using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Inl.Justice.Common;

namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// An indicator's values year by year, from the first to the last year given, with every year in between present:
/// a year without a value is listed as missing, never skipped. Each year carries its change from the year before.
/// </summary>
/// <remarks>
/// Trend rule (<see cref="Trend"/>): fit a least-squares line through the years that have a value; the fitted change
/// across the observed span is slope × (last observed year − first observed year). Rising when that change exceeds
/// the tolerance, falling when it is below minus the tolerance, flat otherwise; fewer than two values give
/// <see cref="TrendDirection.InsufficientData"/>. The default tolerance, 0.01, is one percentage point for a share.
/// Missing years are neither interpolated nor treated as zero.
/// </remarks>
public sealed class IndicatorSeries
{
    /// <summary>The default trend tolerance: 0.01 (one percentage point for shares, one hundredth for ratios).</summary>
    public const double DefaultTolerance = 0.01;

    private IndicatorSeries(ImmutableArray<SeriesPoint> points) => Points = points;

    /// <summary>Gets the series with no year.</summary>
    public static IndicatorSeries Empty { get; } = new(ImmutableArray<SeriesPoint>.Empty);

    /// <summary>Gets one point per year from the first to the last year given, in year order; missing years have no value.</summary>
    public ImmutableArray<SeriesPoint> Points { get; }

    /// <summary>Gets the years between the first and last that have no value.</summary>
    public ImmutableArray<int> MissingYears => [.. Points.Where(p => p.IsMissing).Select(p => p.Year)];

    /// <summary>Gets the value for a year, or <see langword="null"/> when it is missing or outside the series.</summary>
    public double? this[int year] => Points.IsEmpty || year < Points[0].Year || year > Points[^1].Year ? null : Points[year - Points[0].Year].Value;

    /// <summary>
    /// Builds a series from values by year. Years not given between the first and the last become missing points;
    /// a <see langword="null"/> value is a missing year too.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A year is given twice, or a value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside [1, 9999].</exception>
    public static IndicatorSeries Create(IEnumerable<KeyValuePair<int, double?>> values)
    {
        Preconditions.CheckNotNull(values, nameof(values));
        var byYear = new SortedDictionary<int, double?>();
        foreach (var (year, value) in values)
        {
            Preconditions.CheckArgumentRange(nameof(values), year, 1, 9999);
            Preconditions.CheckArgument(value is null || double.IsFinite(value.Value), nameof(values), string.Create(CultureInfo.InvariantCulture, $"The value for {year} is not a finite number"));
            Preconditions.CheckArgument(byYear.TryAdd(year, value), nameof(values), string.Create(CultureInfo.InvariantCulture, $"The year {year} is given twice"));
        }
        if (byYear.Count == 0)
        {
            return Empty;
        }
        var first = byYear.Keys.First();
        var last = byYear.Keys.Last();
        var points = ImmutableArray.CreateBuilder<SeriesPoint>(last - first + 1);
        double? previous = null;
        for (var year = first; year <= last; year++)
        {
            var value = byYear.GetValueOrDefault(year);
            points.Add(new SeriesPoint(year, value, value is { } v && previous is { } p ? v - p : null));
            previous = value;
        }
        return new IndicatorSeries(points.MoveToImmutable());
    }

    /// <summary>Builds a series from (year, value) pairs; see <see cref="Create(IEnumerable{KeyValuePair{int, double?}})"/>.</summary>
    public static IndicatorSeries Create(IEnumerable<(int Year, double? Value)> values) =>
        Create(Preconditions.CheckNotNull(values, nameof(values)).Select(v => KeyValuePair.Create(v.Year, v.Value)));

    /// <summary>
    /// Gets the fitted change across the observed years: the least-squares slope through the years with a value times
    /// (last observed year − first observed year); <see langword="null"/> with fewer than two values.
    /// </summary>
    public double? FittedChange
    {
        get
        {
            var observed = Points.Where(p => p.Value is not null).ToList();
            if (observed.Count < 2)
            {
                return null;
            }
            var meanX = observed.Average(p => (double)p.Year);
            var meanY = observed.Average(p => p.Value!.Value);
            double sxy = 0, sxx = 0;
            foreach (var p in observed)
            {
                var dx = p.Year - meanX;
                sxy += dx * (p.Value!.Value - meanY);
                sxx += dx * dx;
            }
            return sxy / sxx * (observed[^1].Year - observed[0].Year);
        }
    }

    /// <summary>Gets the direction of the series under the stated rule with a tolerance (see the remarks on <see cref="IndicatorSeries"/>).</summary>
    /// <param name="tolerance">The fitted change, either way, that still counts as flat; not negative. Default <see cref="DefaultTolerance"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or not a number.</exception>
    public TrendDirection Trend(double tolerance = DefaultTolerance)
    {
        if (!(tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "A tolerance must not be negative");
        }
        return FittedChange switch
        {
            null => TrendDirection.InsufficientData,
            > 0 and var c when c > tolerance => TrendDirection.Rising,
            < 0 and var c when c < -tolerance => TrendDirection.Falling,
            _ => TrendDirection.Flat,
        };
    }

    /// <summary>Lists the series for people, one year a line, culture-invariant; values and changes with four decimals.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var p in Points)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{p.Year}: {Format(p.Value, "missing")} (change {Format(p.Change, "n/a")})\n");
        }
        return sb.Append("trend: ").Append(Trend()).ToString();
    }

    private static string Format(double? value, string none) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : none;
}
