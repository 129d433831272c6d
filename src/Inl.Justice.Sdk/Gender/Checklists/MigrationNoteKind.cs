namespace Inl.Justice.Gender.Checklists;

/// <summary>What a migration did with one or more responses of the earlier version.</summary>
public enum MigrationNoteKind
{
    /// <summary>The item kept its id; the response was carried.</summary>
    Unchanged = 1,

    /// <summary>The item was renamed; the response was carried to the new id.</summary>
    Renamed = 2,

    /// <summary>The item was split; the response was copied to each new item.</summary>
    Split = 3,

    /// <summary>The items were merged; the lowest answer was kept and the evidence concatenated.</summary>
    Merged = 4,

    /// <summary>The item was removed; the response was not carried (the reason is given).</summary>
    Removed = 5,

    /// <summary>The item is not in the new version and no change maps it; the response was not carried.</summary>
    Unmapped = 6,

    /// <summary>The answer is not on the new item's scale; the response was not carried and must be answered again.</summary>
    AnswerOutsideScale = 7,
}
