using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Corrections;

/// <summary>
/// A prisoner as a population register records them for the standards layer: who they are, where they are held, under
/// which regime, and the dates that drive reviews. Optional facts are <see langword="null"/> when not recorded.
/// </summary>
public sealed record Resident
{
    /// <summary>Gets the prisoner's identifier.</summary>
    public required PersonId Id
    {
        get;
        init
        {
            Preconditions.CheckArgument(PersonId.Check(value.Value) is null, nameof(Id), "The id must not be the default PersonId");
            field = value;
        }
    }

    /// <summary>Gets the recorded sex.</summary>
    public required Sex Sex { get; init => field = Preconditions.CheckDefined(value, nameof(Sex)); }

    /// <summary>Gets the date of birth.</summary>
    public required LocalDate DateOfBirth { get; init; }

    /// <summary>Gets the legal status.</summary>
    public required LegalStatus LegalStatus { get; init => field = Preconditions.CheckDefined(value, nameof(LegalStatus)); }

    /// <summary>Gets the name of the prisoner's security level (as the jurisdiction's instrument names it), or <see langword="null"/>.</summary>
    public string? SecurityLevel { get; init; }

    /// <summary>Gets a label shared by members of the same family held together (Havana Rules, rule 29), or <see langword="null"/>.</summary>
    public string? FamilyGroup { get; init; }

    /// <summary>Gets the id of the place (cell or dormitory) the prisoner is held in, or <see langword="null"/> when not placed.</summary>
    public string? Place { get; init; }

    /// <summary>Gets the regime the prisoner is held under.</summary>
    public Regime Regime { get; init => field = Preconditions.CheckDefined(value, nameof(Regime)); } = Regime.Ordinary;

    /// <summary>Gets the date of admission to custody, or <see langword="null"/>.</summary>
    public LocalDate? AdmittedOn { get; init; }

    /// <summary>Gets the projected release date, or <see langword="null"/> (untried, life, unknown).</summary>
    public LocalDate? ReleaseOn { get; init; }

    /// <summary>
    /// Gets the date of the last classification review, or <see langword="null"/> when none has taken place. It stands
    /// for every kind of review that <see cref="LastReviews"/> does not name.
    /// </summary>
    public LocalDate? LastReviewOn { get; init; }

    /// <summary>
    /// Gets the date of the last review of each kind that is recorded separately (e.g. <c>bop-program-review</c> and
    /// <c>bop-custody-review</c>), by the review kind's id in the schedule pack.
    /// </summary>
    public ImmutableSortedDictionary<string, LocalDate> LastReviews
    {
        get;
        init => field = Preconditions.CheckNotNull(value, nameof(LastReviews)).WithComparers(StringComparer.Ordinal);
    } = ImmutableSortedDictionary.Create<string, LocalDate>(StringComparer.Ordinal);

    /// <summary>The date of the last review of kind <paramref name="review"/>: its own entry in <see cref="LastReviews"/>, else <see cref="LastReviewOn"/>.</summary>
    public LocalDate? LastReviewOf(string review) =>
        LastReviews.TryGetValue(Preconditions.CheckNotNull(review, nameof(review)), out var on) ? on : LastReviewOn;

    /// <summary>Gets the dated custody events.</summary>
    public ImmutableArray<ResidentEvent> Events { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets whether the prisoner is pregnant, or <see langword="null"/> when not recorded.</summary>
    public bool? Pregnant { get; init; }

    /// <summary>Gets whether the prisoner is breastfeeding, or <see langword="null"/> when not recorded.</summary>
    public bool? Breastfeeding { get; init; }

    /// <summary>Gets whether the prisoner has an infant with her in prison, or <see langword="null"/> when not recorded.</summary>
    public bool? WithInfant { get; init; }

    /// <summary>Value equality, including the events.</summary>
    public bool Equals(Resident? other) =>
        other is not null && Id == other.Id && Sex == other.Sex && DateOfBirth == other.DateOfBirth && LegalStatus == other.LegalStatus
        && SecurityLevel == other.SecurityLevel && FamilyGroup == other.FamilyGroup && Place == other.Place && Regime == other.Regime
        && AdmittedOn == other.AdmittedOn && ReleaseOn == other.ReleaseOn && LastReviewOn == other.LastReviewOn
        && LastReviews.SequenceEqual(other.LastReviews)
        && Events.SequenceEqual(other.Events) && Pregnant == other.Pregnant && Breastfeeding == other.Breastfeeding && WithInfant == other.WithInfant;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Sex, DateOfBirth, LegalStatus, Place);
}
