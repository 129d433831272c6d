namespace Inl.Justice.Gender.Checklists;

/// <summary>How an item's answer changed between two assessments.</summary>
public enum ComparisonOutcome
{
    /// <summary>Both answered, and the later answer meets more of the item.</summary>
    Improved = 1,

    /// <summary>Both answered, and the later answer meets less of the item.</summary>
    Regressed = 2,

    /// <summary>Both answered with the same fraction, or both "not applicable".</summary>
    Unchanged = 3,

    /// <summary>Unanswered or "not applicable" before, answered now.</summary>
    NewlyAnswered = 4,

    /// <summary>Answered before, unanswered or "not applicable" now.</summary>
    NoLongerAnswered = 5,
}
