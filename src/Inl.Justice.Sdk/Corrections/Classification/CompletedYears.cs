using System.Runtime.CompilerServices;
using NodaTime;

namespace Inl.Justice.Corrections.Classification;

/// <summary>
/// Whole years between two ISO dates, as NodaTime's <c>Period.Between(start, end, PeriodUnits.Years)</c> counts them
/// (an anniversary of 29 February falls on 28 February in common years), without allocating or calendar arithmetic.
/// </summary>
internal static class CompletedYears
{
    /// <summary>
    /// Completed years from <paramref name="start"/> to <paramref name="end"/>. When <paramref name="end"/> is earlier the
    /// result is the negated forward count (antisymmetric), which differs from NodaTime's backward periods around 29
    /// February; evaluation never uses it, since dates after the assessment date are refused first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Between(LocalDate start, LocalDate end) => end < start ? -Forward(end, start) : Forward(start, end);

    private static int Forward(LocalDate start, LocalDate end)
    {
        var years = end.Year - start.Year;
        var month = start.Month;
        var day = start.Day;
        if (month == 2 && day == 29 && !IsLeap(end.Year))
        {
            day = 28;
        }
        if (end.Month < month || (end.Month == month && end.Day < day))
        {
            years--;
        }
        return years;
    }

    private static bool IsLeap(int year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
}
