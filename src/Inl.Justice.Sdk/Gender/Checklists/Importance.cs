namespace Inl.Justice.Gender.Checklists;

/// <summary>How much an item matters; gap reports list <see cref="Critical"/> gaps first.</summary>
public enum Importance
{
    /// <summary>Must be addressed first: a failure is a serious breach of the standard.</summary>
    Critical = 1,

    /// <summary>High importance.</summary>
    High = 2,

    /// <summary>Medium importance.</summary>
    Medium = 3,

    /// <summary>Low importance.</summary>
    Low = 4,
}
