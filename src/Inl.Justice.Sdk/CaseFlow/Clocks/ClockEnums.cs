namespace Inl.Justice.CaseFlow.Clocks;

/// <summary>How a clock's trigger is found among its trigger events.</summary>
public enum TriggerMode
{
    /// <summary>The first occurrence of the single trigger event.</summary>
    Event = 1,

    /// <summary>The later of the first occurrences of every listed event; the clock starts only when all have happened (18 U.S.C. §3161(c)(1)).</summary>
    LatestOf = 2,

    /// <summary>The first occurrence of any of the listed events (18 U.S.C. §3161(b): arrest or service of summons).</summary>
    EarliestOf = 3,
}

/// <summary>The unit of a clock's limit.</summary>
public enum LimitUnit
{
    /// <summary>Days, counted on <see cref="NodaTime.LocalDate"/> in the court's time zone.</summary>
    Days = 1,

    /// <summary>Hours, counted on <see cref="NodaTime.Instant"/> (a 48-hour limit is 48 elapsed hours, across any DST change).</summary>
    Hours = 2,

    /// <summary>Calendar months, with an explicit <see cref="MonthEndPolicy"/>.</summary>
    Months = 3,
}

/// <summary>What adding months does when the start day does not exist in the end month (31 January + 1 month).</summary>
public enum MonthEndPolicy
{
    /// <summary>Truncate to the last day of the month: 31 January + 1 month = 28 (or 29) February.</summary>
    LastDayOfMonth = 1,

    /// <summary>Roll to the first day of the next month: 31 January + 1 month = 1 March.</summary>
    FirstDayOfNextMonth = 2,
}

/// <summary>Which days a day limit counts.</summary>
public enum DayCounting
{
    /// <summary>Every calendar day, including weekends and holidays (FRCrP 45(a)(1)(B)).</summary>
    Calendar = 1,

    /// <summary>Only court days of the court's calendar.</summary>
    Court = 2,
}

/// <summary>What happens when the last day of a day or month limit is not a court day.</summary>
public enum LastDayRoll
{
    /// <summary>The last day stands.</summary>
    None = 1,

    /// <summary>The period runs until the end of the next court day (FRCrP 45(a)(1)(C)).</summary>
    Forward = 2,

    /// <summary>The period ends on the previous court day (for things that must be done before a date).</summary>
    Backward = 3,
}

/// <summary>What happens when an hour limit expires at a time courts do not sit.</summary>
public enum HourExpiry
{
    /// <summary>The limit expires exactly when the hours have elapsed, whatever the day (County of Riverside v. McLaughlin: weekends are no excuse).</summary>
    Exact = 1,

    /// <summary>If the hours end on a non-court day, the period runs until the same time on the next court day (FRCrP 45(a)(2)(C)).</summary>
    SameTimeNextCourtDay = 2,

    /// <summary>
    /// If the hours end outside ordinary court hours or on a non-court day, the limit is the end (closing time) of the
    /// first court day whose hours end after the expiry (Kenya, Constitution art. 49(1)(f); South Africa, Constitution s.35(1)(d)).
    /// </summary>
    EndOfNextCourtDayIfOutsideHours = 3,
}

/// <summary>Whether a clock sets a latest or an earliest date for its stopping event.</summary>
public enum ClockDirection
{
    /// <summary>The stopping event must happen by the due date.</summary>
    Deadline = 1,

    /// <summary>The stopping event must not happen before the due date (18 U.S.C. §3161(c)(2): trial not less than 30 days after counsel appears).</summary>
    NotBefore = 2,
}

/// <summary>Where a clock stands.</summary>
public enum ClockState
{
    /// <summary>The trigger has not happened.</summary>
    NotStarted = 1,

    /// <summary>Started, not stopped, and not past the due date.</summary>
    Running = 2,

    /// <summary>Stopped in time: the stopping event happened by the due date (or, for a minimum period, not before it).</summary>
    Met = 3,

    /// <summary>Stopped too late (or, for a minimum period, too early), or ended after the due date had passed.</summary>
    Missed = 4,

    /// <summary>Still running past the due date: something is late now.</summary>
    Overdue = 5,

    /// <summary>Ended by an event that makes the clock moot (release, dismissal) before the due date.</summary>
    Ended = 6,

    /// <summary>A minimum period has elapsed and the stopping event may now happen.</summary>
    Elapsed = 7,
}

/// <summary>Which term of imprisonment a clock's penalty threshold reads (<c>when.minPenaltyYears</c>, <c>when.penaltyYearsBelow</c>).</summary>
public enum PenaltyTerm
{
    /// <summary>The maximum term the offence carries ("an offence punishable with imprisonment of N years or more").</summary>
    Maximum = 1,

    /// <summary>
    /// The minimum term the law prescribes: CrPC s.167(2)(a)(i) "imprisonment for a term of not less than ten years" as
    /// read by the Supreme Court of India in Rajeev Chaudhary v. State (NCT of Delhi), (2001) 5 SCC 34 — an offence
    /// punishable with a term that "may extend to ten years" (IPC s.386) is not one.
    /// </summary>
    Minimum = 2,
}
