using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Gender.Indicators;
using Xunit;

namespace Inl.Justice.Tests.Gender.Indicators;

[Properties(Arbitrary = [typeof(IndicatorArbitraries)], MaxTest = 200)]
public sealed class IndicatorSeriesTests
{
    /// <summary>
    /// Worked example (hand-computed): share of women police 2019 0.30, 2020 0.32, 2021 not reported, 2022 0.35.
    /// Changes: 2020 +0.02, 2021 n/a (missing), 2022 n/a (previous year missing).
    /// Least squares over (2019, .30), (2020, .32), (2022, .35): mean year 2020.333, mean value 0.32333;
    /// Sxy = 0.076667, Sxx = 4.666667, slope = 0.0164286 a year; fitted change over 2019–2022 = 3 × slope = 0.049286 → rising.
    /// </summary>
    [Fact]
    public void Worked_example_with_a_missing_year()
    {
        var s = IndicatorSeries.Create([(2022, 0.35), (2019, 0.30), (2020, 0.32)]);

        Assert.Equal([2019, 2020, 2021, 2022], s.Points.Select(p => p.Year));
        Assert.Equal([2021], s.MissingYears.AsEnumerable());
        Assert.Null(s.Points[0].Change);
        Assert.Equal(0.02, s.Points[1].Change!.Value, 12);
        Assert.True(s.Points[2].IsMissing);
        Assert.Null(s.Points[2].Change);
        Assert.Null(s.Points[3].Change);
        Assert.Equal(0.049286, s.FittedChange!.Value, 6);
        Assert.Equal(TrendDirection.Rising, s.Trend());
        Assert.Equal(TrendDirection.Flat, s.Trend(tolerance: 0.05));
        Assert.Equal(0.32, s[2020]);
        Assert.Null(s[2021]);
        Assert.Null(s[1990]);
    }

    [Fact]
    public void Falling_flat_and_insufficient()
    {
        Assert.Equal(TrendDirection.Falling, IndicatorSeries.Create([(2020, 0.40), (2021, 0.37), (2022, 0.36)]).Trend());
        Assert.Equal(TrendDirection.Flat, IndicatorSeries.Create([(2020, 0.400), (2021, 0.405), (2022, 0.402)]).Trend());
        Assert.Equal(TrendDirection.InsufficientData, IndicatorSeries.Create([(2020, 0.40), (2021, (double?)null)]).Trend());
        Assert.Equal(TrendDirection.InsufficientData, IndicatorSeries.Empty.Trend());
        Assert.Empty(IndicatorSeries.Create(Array.Empty<(int, double?)>()).Points);
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => IndicatorSeries.Create([(2020, 0.4), (2020, 0.5)]));
        Assert.Throws<ArgumentException>(() => IndicatorSeries.Create([(2020, double.NaN)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorSeries.Create([(0, 0.4)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorSeries.Create([(2020, 0.4)]).Trend(-1));
    }

    [Property]
    public Property Every_year_between_first_and_last_is_present_and_missing_years_are_explicit((int Year, double? Value)[] input)
    {
        var s = IndicatorSeries.Create(input);
        if (input.Length == 0)
        {
            return s.Points.IsEmpty.ToProperty();
        }
        var first = input.Min(i => i.Year);
        var last = input.Max(i => i.Year);
        var given = input.ToDictionary(i => i.Year, i => i.Value);
        return (s.Points.Select(p => p.Year).SequenceEqual(Enumerable.Range(first, last - first + 1))
            && s.Points.All(p => p.Value == given.GetValueOrDefault(p.Year))
            && s.MissingYears.SequenceEqual(s.Points.Where(p => p.Value is null).Select(p => p.Year)))
            .ToProperty().Classify(s.MissingYears.Length > 0, "with missing years");
    }

    [Property]
    public bool Change_is_the_difference_from_the_previous_year((int Year, double? Value)[] input)
    {
        var points = IndicatorSeries.Create(input).Points;
        return points.Select((p, i) => i == 0 ? p.Change is null
            : p.Change == (p.Value is { } v && points[i - 1].Value is { } prev ? v - prev : null)).All(ok => ok);
    }

    [Property]
    public bool The_series_does_not_depend_on_input_order((int Year, double? Value)[] input) =>
        IndicatorSeries.Create(input).Points.SequenceEqual(IndicatorSeries.Create(input.Reverse()).Points);

    [Property]
    public bool Adding_a_constant_never_changes_the_trend_and_negating_reverses_it((int Year, double? Value)[] input)
    {
        var s = IndicatorSeries.Create(input);
        var shifted = IndicatorSeries.Create(input.Select(i => (i.Year, i.Value + 5)));
        var negated = IndicatorSeries.Create(input.Select(i => (i.Year, -i.Value)));
        var mirror = s.Trend() switch { TrendDirection.Rising => TrendDirection.Falling, TrendDirection.Falling => TrendDirection.Rising, var t => t };
        // Shifting changes floating-point rounding only; compare away from the tolerance boundary.
        var nearBoundary = s.FittedChange is { } c && Math.Abs(Math.Abs(c) - IndicatorSeries.DefaultTolerance) < 1e-9;
        return nearBoundary || (shifted.Trend() == s.Trend() && negated.Trend() == mirror);
    }
}
