using System.Globalization;

namespace Inl.Justice.CaseFlow.Clocks;

/// <summary>A clock's limit: an amount of days, hours or months.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Amount">The amount, at least 1.</param>
/// <param name="MonthEnd">For months, what adding months does at a month's end.</param>
public sealed record ClockLimit(LimitUnit Unit, int Amount, MonthEndPolicy? MonthEnd = null)
{
    /// <summary>Formats as <c>70 days</c>, <c>48 hours</c>, <c>12 months</c>.</summary>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Unit.ToString().ToLowerInvariant();
}
