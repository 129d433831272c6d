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

    /// <summary>
    /// Another response landed on the same new item (the migration maps two sources onto it, e.g. a rename onto an item
    /// that still existed): the lowest answer was kept and this one was not carried; its answer is in the message.
    /// </summary>
    Superseded = 8,

    /// <summary>
    /// The new item the answer would land on does not apply in the new version (its <c>appliesWhen</c> is not met by the
    /// migrated answers); the response was not carried, so the migrated assessment stays valid.
    /// </summary>
    DoesNotApply = 9,
}
