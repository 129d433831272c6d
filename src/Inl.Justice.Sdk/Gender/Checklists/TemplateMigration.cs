using System.Collections.Immutable;
using Inl.Justice.RulePacks;

namespace Inl.Justice.Gender.Checklists;

/// <summary>How responses to an earlier version of a template map onto this version. Items not named keep their id.</summary>
/// <param name="From">The earlier version.</param>
/// <param name="Changes">The changes, in template order.</param>
public sealed record TemplateMigration(PackVersion From, ImmutableArray<ItemChange> Changes)
{
    /// <summary>Value equality, including the contents of the arrays.</summary>
    public bool Equals(TemplateMigration? other) => other is not null && From == other.From && System.Linq.Enumerable.SequenceEqual(Changes, other.Changes);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(From, Changes.Length);
}
