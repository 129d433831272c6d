using System.Collections.Immutable;
using Inl.Justice.RulePacks;

namespace Inl.Justice.Gender.Checklists;

/// <summary>An assessment migrated to a later template version, with a note for every response of the original.</summary>
/// <param name="Assessment">The migrated assessment, pinned to the target version.</param>
/// <param name="Notes">What happened to each response, step by step; empty when the versions were the same.</param>
/// <param name="Steps">The versions passed through, from the original to the target (one entry when they were the same).</param>
public sealed record MigrationResult(Assessment Assessment, ImmutableArray<MigrationNote> Notes, ImmutableArray<PackVersion> Steps)
{
    /// <summary>Gets the notes of responses that were not carried (removed, unmapped, answer outside the new scale).</summary>
    public ImmutableArray<MigrationNote> NotCarried => Notes.RemoveAll(n => n.IsCarried);

    /// <summary>Value equality, including the contents of the arrays.</summary>
    public bool Equals(MigrationResult? other) => other is not null && Assessment.Equals(other.Assessment) && System.Linq.Enumerable.SequenceEqual(Notes, other.Notes) && System.Linq.Enumerable.SequenceEqual(Steps, other.Steps);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Assessment, Notes.Length);
}
