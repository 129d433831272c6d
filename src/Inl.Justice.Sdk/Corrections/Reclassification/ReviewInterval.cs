using System.Globalization;
using NodaTime;

namespace Inl.Justice.Corrections.Reclassification;

/// <summary>
/// A length of time in whole days or whole months. Months follow NodaTime's <see cref="LocalDate.PlusMonths"/>: a day
/// that does not exist in the target month becomes that month's last day (31 January plus one month is 28 or 29 February).
/// </summary>
/// <param name="Days">Whole days, or 0 when the interval is in months.</param>
/// <param name="Months">Whole months, or 0 when the interval is in days.</param>
public readonly record struct ReviewInterval(int Days, int Months)
{
    /// <summary>Adds the interval to a date.</summary>
    public LocalDate AddTo(LocalDate date) => Months != 0 ? date.PlusMonths(Months) : date.PlusDays(Days);

    /// <summary>Subtracts the interval from a date.</summary>
    public LocalDate SubtractFrom(LocalDate date) => Months != 0 ? date.PlusMonths(-Months) : date.PlusDays(-Days);

    /// <inheritdoc/>
    public override string ToString() => Months != 0
        ? Months.ToString(CultureInfo.InvariantCulture) + (Months == 1 ? " month" : " months")
        : Days.ToString(CultureInfo.InvariantCulture) + (Days == 1 ? " day" : " days");
}
