using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Gender.Checklists;

/// <summary>The answer to one item, with the evidence and references that support it.</summary>
public sealed record ChecklistResponse
{
    /// <summary>Creates a response.</summary>
    /// <exception cref="ArgumentException">The item or answer is blank.</exception>
    public ChecklistResponse(string item, string answer, string? evidence = null, ImmutableArray<string> references = default)
    {
        Item = Preconditions.CheckNotBlank(item, nameof(item));
        Answer = Preconditions.CheckNotBlank(answer, nameof(answer));
        Evidence = evidence;
        References = references.IsDefault ? [] : references;
    }

    /// <summary>Gets the id of the item answered.</summary>
    public string Item { get; init; }

    /// <summary>Gets the answer: a value of the item's scale.</summary>
    public string Answer { get; init; }

    /// <summary>Gets the evidence notes, or <see langword="null"/>.</summary>
    public string? Evidence { get; init; }

    /// <summary>Gets references (document names, URLs) supporting the answer.</summary>
    public ImmutableArray<string> References { get; init; }

    /// <summary>Value equality, including the contents of <see cref="References"/>.</summary>
    public bool Equals(ChecklistResponse? other) =>
        other is not null && Item == other.Item && Answer == other.Answer && Evidence == other.Evidence && References.SequenceEqual(other.References);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Item, Answer, Evidence);
}
