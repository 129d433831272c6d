namespace Inl.Justice.CaseFlow.Calendars;

/// <summary>How a public holiday's actual date is found in a year.</summary>
public enum HolidayRuleKind
{
    /// <summary>A fixed day of a month (<c>month</c>, <c>day</c>), e.g. 1 January.</summary>
    Fixed = 1,

    /// <summary>The n-th weekday of a month (<c>month</c>, <c>weekday</c>, <c>nth</c> 1–4), e.g. the third Monday of January.</summary>
    NthWeekday = 2,

    /// <summary>The last weekday of a month (<c>month</c>, <c>weekday</c>), e.g. the last Monday of May.</summary>
    LastWeekday = 3,

    /// <summary>A number of days from Western (Gregorian) Easter Sunday (<c>offsetDays</c>), e.g. -2 for Good Friday.</summary>
    Easter = 4,
}
