using System.Collections.Immutable;
using Inl.Justice.RulePacks;

namespace Inl.Justice.Gender.Checklists;

/// <summary>What one migration step did with one or more responses of the earlier version.</summary>
/// <param name="Kind">Carried (unchanged, renamed, split, merged) or reported (removed, unmapped, answer outside the new scale).</param>
/// <param name="FromVersion">The version the responses answered.</param>
/// <param name="ToVersion">The version they were migrated to.</param>
/// <param name="From">The earlier item ids concerned.</param>
/// <param name="To">The new item ids that received the responses (empty when nothing was carried).</param>
/// <param name="Message">What happened, in words, with the answer and evidence of responses not carried.</param>
public sealed record MigrationNote(
    MigrationNoteKind Kind,
    PackVersion FromVersion,
    PackVersion ToVersion,
    ImmutableArray<string> From,
    ImmutableArray<string> To,
    string Message)
{
    /// <summary>Gets a value indicating whether the responses were carried into the new version.</summary>
    public bool IsCarried => Kind is MigrationNoteKind.Unchanged or MigrationNoteKind.Renamed or MigrationNoteKind.Split or MigrationNoteKind.Merged;

    /// <summary>Value equality, including the item lists.</summary>
    public bool Equals(MigrationNote? other) =>
        other is not null && Kind == other.Kind && FromVersion == other.FromVersion && ToVersion == other.ToVersion
        && System.Linq.Enumerable.SequenceEqual(From, other.From) && System.Linq.Enumerable.SequenceEqual(To, other.To) && Message == other.Message;

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Kind, FromVersion, ToVersion, Message);
}
