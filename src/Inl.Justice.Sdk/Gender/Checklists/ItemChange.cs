using System.Collections.Immutable;

namespace Inl.Justice.Gender.Checklists;

/// <summary>One change between an earlier template version and this one.</summary>
/// <param name="Kind">What happened to the items.</param>
/// <param name="From">Item ids of the earlier version.</param>
/// <param name="To">Item ids of this version (empty for <see cref="ItemChangeKind.Removed"/>).</param>
/// <param name="Reason">Why, or <see langword="null"/>; required for removals.</param>
public sealed record ItemChange(ItemChangeKind Kind, ImmutableArray<string> From, ImmutableArray<string> To, string? Reason = null);
