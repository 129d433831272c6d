using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.RulePacks;

/// <summary>
/// What every rule pack declares about itself: identity, version, jurisdiction, period in force and the documents its
/// rules are taken from.
/// </summary>
public sealed record RulePackHeader
{
    /// <summary>Gets the pack id, e.g. <c>us-bop-ps5100.08</c>: lower-case letters, digits, '.', '-' and '_'.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the kind of pack, e.g. <c>classification-instrument</c>; a pack is only loaded by the domain of its kind.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the version.</summary>
    public required PackVersion Version { get; init; }

    /// <summary>Gets the jurisdiction whose law the pack encodes.</summary>
    public required JurisdictionCode Jurisdiction { get; init; }

    /// <summary>Gets the human title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the first day the pack is in force.</summary>
    public required LocalDate EffectiveFrom { get; init; }

    /// <summary>Gets the last day the pack is in force (inclusive), or <see langword="null"/> while it is in force.</summary>
    public LocalDate? EffectiveTo { get; init; }

    /// <summary>Gets a value indicating whether the pack is an illustrative example, not a validated instrument of any jurisdiction.</summary>
    public bool IsExample { get; init; }

    /// <summary>Gets the source documents.</summary>
    public ImmutableArray<PackSource> Sources { get; init; } = [];

    /// <summary>Gets free-text notes, e.g. which values remain unverified and why.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>Gets <c>id@version</c>, the key that results record.</summary>
    public string Key => Id + "@" + Version;

    /// <summary>Value equality, including the contents of <see cref="Sources"/> and <see cref="Notes"/>.</summary>
    public bool Equals(RulePackHeader? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Version == other.Version && Jurisdiction == other.Jurisdiction
        && Title == other.Title && EffectiveFrom == other.EffectiveFrom && EffectiveTo == other.EffectiveTo && IsExample == other.IsExample
        && Sources.SequenceEqual(other.Sources) && Notes.SequenceEqual(other.Notes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Version, EffectiveFrom);

    /// <summary>Whether the pack is in force on <paramref name="date"/>.</summary>
    public bool IsInForceOn(LocalDate date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo.Value);
}
