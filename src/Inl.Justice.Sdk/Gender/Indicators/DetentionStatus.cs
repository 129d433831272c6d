namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// Where a detained person stands for SDG indicator 16.3.2. The indicator's metadata defines "sentenced" as having
/// received a decision from a competent authority on conviction or acquittal, and counts a <i>non-final</i> decision
/// (for example a conviction under appeal) as sentenced; <see cref="NonFinalDecision"/> makes that rule explicit.
/// </summary>
public enum DetentionStatus
{
    /// <summary>No decision on conviction or acquittal yet (pre-trial or awaiting a first-instance decision): counts as unsentenced.</summary>
    Unsentenced = 1,

    /// <summary>A decision on conviction or acquittal that is not final, e.g. under appeal: counts as <b>sentenced</b> for 16.3.2.</summary>
    NonFinalDecision = 2,

    /// <summary>A final decision: counts as sentenced.</summary>
    Sentenced = 3,
}
