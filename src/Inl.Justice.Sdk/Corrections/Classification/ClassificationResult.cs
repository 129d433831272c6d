using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Corrections.Classification;

/// <summary>
/// The explained classification of one prisoner: the total, the level the scale gives, the floors and ceilings that
/// held, the computed level, and any override with the level finally decided. Every number names its rule and citation.
/// </summary>
public sealed record ClassificationResult
{
    /// <summary>Gets the prisoner.</summary>
    public required PersonId Person { get; init; }

    /// <summary>Gets the instrument as <c>id@version</c>.</summary>
    public required string Instrument { get; init; }

    /// <summary>Gets the assessment date every age and "years ago" was computed against.</summary>
    public required LocalDate AssessedOn { get; init; }

    /// <summary>Gets the population whose scale was used.</summary>
    public required Sex Population { get; init; }

    /// <summary>Gets the total of the item points.</summary>
    public required int Score { get; init; }

    /// <summary>Gets the level the population's scale gives for <see cref="Score"/>.</summary>
    public required SecurityLevel ScoredLevel { get; init; }

    /// <summary>Gets the provision of the scale band that gave <see cref="ScoredLevel"/>.</summary>
    public required Citation ScoredLevelCitation { get; init; }

    /// <summary>Gets the level after ceilings and floors: what the instrument computes, before any override.</summary>
    public required SecurityLevel ComputedLevel { get; init; }

    /// <summary>Gets the level decided: the override's level when overridden, else <see cref="ComputedLevel"/>.</summary>
    public required SecurityLevel Level { get; init; }

    /// <summary>Gets what each item gave, in pack order.</summary>
    public required ImmutableArray<ItemContribution> Contributions { get; init; }

    /// <summary>Gets the floors whose conditions held, highest level first.</summary>
    public required ImmutableArray<AppliedLevelRule> Floors { get; init; }

    /// <summary>Gets the ceilings whose conditions held, lowest level first.</summary>
    public required ImmutableArray<AppliedLevelRule> Ceilings { get; init; }

    /// <summary>Gets the override, or <see langword="null"/>.</summary>
    public ClassificationOverride? Override { get; init; }

    /// <summary>Gets the safeguards that apply to this prisoner (added by a safeguard policy, e.g. the Bangkok Rules for women); empty otherwise.</summary>
    public ImmutableArray<SafeguardNotice> Safeguards { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a value indicating whether the level was overridden.</summary>
    public bool IsOverridden => Override is not null;

    /// <summary>Gets the number of levels the override moved (negative when lowered); 0 without one.</summary>
    public int OverrideSteps => Level.Rank - ComputedLevel.Rank;

    /// <summary>Value equality, including the contents of the collections.</summary>
    public bool Equals(ClassificationResult? other) =>
        other is not null && Person == other.Person && Instrument == other.Instrument && AssessedOn == other.AssessedOn
        && Population == other.Population && Score == other.Score && ScoredLevel == other.ScoredLevel
        && ScoredLevelCitation == other.ScoredLevelCitation && ComputedLevel == other.ComputedLevel && Level == other.Level
        && Contributions.SequenceEqual(other.Contributions) && Floors.SequenceEqual(other.Floors)
        && Ceilings.SequenceEqual(other.Ceilings) && Override == other.Override && Safeguards.SequenceEqual(other.Safeguards);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Person, Instrument, AssessedOn, Score, Level);
}
