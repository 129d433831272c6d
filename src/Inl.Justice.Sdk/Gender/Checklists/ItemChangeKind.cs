namespace Inl.Justice.Gender.Checklists;

/// <summary>How items of an earlier template version map onto the current one.</summary>
public enum ItemChangeKind
{
    /// <summary>Each <c>from</c> item is now the <c>to</c> item at the same position; the answer is carried.</summary>
    Renamed = 1,

    /// <summary>One item became several; the answer is copied to each.</summary>
    Split = 2,

    /// <summary>Several items became one; the lowest answer wins and the evidence is concatenated.</summary>
    Merged = 3,

    /// <summary>The items were removed; their answers are reported with the reason, not carried.</summary>
    Removed = 4,
}
