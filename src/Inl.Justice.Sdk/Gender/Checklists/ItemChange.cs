using System.Collections.Immutable;

namespace Inl.Justice.Gender.Checklists;

/// <summary>One change between an earlier template version and this one.</summary>
/// <param name="Kind">What happened to the items.</param>
/// <param name="From">Item ids of the earlier version.</param>
/// <param name="To">Item ids of this version (empty for <see cref="ItemChangeKind.Removed"/>).</param>
/// <param name="Reason">Why, or <see langword="null"/>; required for removals.</param>
public sealed record ItemChange(ItemChangeKind Kind, ImmutableArray<string> From, ImmutableArray<string> To, string? Reason = null)
{
    /// <summary>Value equality, including the contents of the arrays.</summary>
    public bool Equals(ItemChange? other) => other is not null && Kind == other.Kind && Reason == other.Reason && System.Linq.Enumerable.SequenceEqual(From, other.From) && System.Linq.Enumerable.SequenceEqual(To, other.To);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Kind, From.Length, To.Length);
}
