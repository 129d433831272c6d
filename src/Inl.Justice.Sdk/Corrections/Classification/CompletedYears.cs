using NodaTime;

namespace Inl.Justice.Corrections.Classification;

/// <summary>Whole years between two dates, as NodaTime's <c>Period.Between(start, end, PeriodUnits.Years)</c> counts them, without allocating.</summary>
internal static class CompletedYears
{
    /// <summary>Completed years from <paramref name="start"/> to <paramref name="end"/>; negative when <paramref name="end"/> is earlier.</summary>
    public static int Between(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            return -Between(end, start);
        }
        var years = end.Year - start.Year;
        if (years > 0 && start.PlusYears(years) > end)
        {
            years--;
        }
        return years;
    }
}
