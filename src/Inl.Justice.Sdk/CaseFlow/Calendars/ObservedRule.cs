namespace Inl.Justice.CaseFlow.Calendars;

/// <summary>Which day is kept free when a holiday falls on a weekend (or, for moved holidays, on any day but Monday).</summary>
public enum ObservedRule
{
    /// <summary>The holiday is observed on its actual date only.</summary>
    None = 1,

    /// <summary>Saturday → the Friday before, Sunday → the Monday after (US federal holidays, 5 U.S.C. §6103(b)).</summary>
    SaturdayToFridaySundayToMonday = 2,

    /// <summary>Sunday → the Monday after; a Saturday holiday is not moved (e.g. South Africa, Public Holidays Act 1994, s.2(1)).</summary>
    SundayToMonday = 3,

    /// <summary>Sunday → the first following day that is not already a public holiday (Kenya, Public Holidays Act, Cap. 110, s.4).</summary>
    SundayToNextFreeDay = 6,

    /// <summary>Saturday or Sunday → the next weekday that is not already a holiday (substitute days, e.g. 25–26 December falling on a weekend).</summary>
    WeekendToNextFreeWeekday = 4,

    /// <summary>Moved to the following Monday unless it falls on a Monday (e.g. Colombia, Law 51 of 1983).</summary>
    NextMonday = 5,
}
