using System.Collections.Immutable;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// An item applies only when another item was answered with one of the listed answers. A "not applicable" or missing
/// answer never satisfies a dependency, so the dependent item does not apply either.
/// </summary>
/// <param name="Item">The id of the item depended on.</param>
/// <param name="AnswerIn">The answers of that item that make this one apply.</param>
public sealed record ItemDependency(string Item, ImmutableArray<string> AnswerIn)
{
    /// <summary>Value equality, including the contents of the arrays.</summary>
    public bool Equals(ItemDependency? other) => other is not null && Item == other.Item && System.Linq.Enumerable.SequenceEqual(AnswerIn, other.AnswerIn);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Item, AnswerIn.Length);
}
