using System;
using System.Collections.Immutable;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Corrections;

/// <summary>
/// The facts about a prisoner that classification instruments use. Ages and "years ago" are not stored: they are
/// computed from the dates against the assessment date an instrument is given, never from the system clock.
/// Immutable; every property is checked when set.
/// </summary>
public sealed record PrisonerProfile
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

    /// <summary>Gets the sex recorded for classification tables.</summary>
    public required Sex Sex { get; init => field = Preconditions.CheckDefined(value, nameof(Sex)); }

    /// <summary>Gets the date of birth.</summary>
    public required LocalDate DateOfBirth { get; init; }

    /// <summary>Gets the legal status.</summary>
    public required LegalStatus LegalStatus { get; init => field = Preconditions.CheckDefined(value, nameof(LegalStatus)); }

    /// <summary>Gets the severity of the current offense.</summary>
    public required OffenseSeverity OffenseSeverity { get; init => field = Preconditions.CheckDefined(value, nameof(OffenseSeverity)); }

    /// <summary>Gets the severity of the most severe pending detainer, or <see langword="null"/> when there is none.</summary>
    public OffenseSeverity? DetainerSeverity
    {
        get;
        init => field = value is { } v ? Preconditions.CheckDefined(v, nameof(DetainerSeverity)) : null;
    }

    /// <summary>Gets the criminal-history points (for the BOP, USSG points from the pre-sentence report); never negative.</summary>
    public int CriminalHistoryPoints { get; init { Preconditions.CheckNonNegative(nameof(CriminalHistoryPoints), value); field = value; } }

    /// <summary>Gets the dated incidents of violence.</summary>
    public ImmutableArray<Incident> Violence { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the dated escapes and attempts.</summary>
    public ImmutableArray<Incident> Escapes { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets a value indicating whether the prisoner surrendered voluntarily.</summary>
    public bool VoluntarySurrender { get; init; }

    /// <summary>Gets the education level.</summary>
    public required EducationLevel Education { get; init => field = Preconditions.CheckDefined(value, nameof(Education)); }

    /// <summary>Gets the date of the most recent drug or alcohol abuse, or <see langword="null"/> when there is none on record.</summary>
    public LocalDate? SubstanceAbuseLastDate { get; init; }

    /// <summary>Gets the months remaining to the projected release date; never negative. Life and death sentences are recorded with a flag the instrument declares.</summary>
    public required int MonthsToRelease { get; init { Preconditions.CheckNonNegative(nameof(MonthsToRelease), value); field = value; } }

    /// <summary>
    /// Gets the named yes/no facts that hold for this prisoner, in BOP terms the public safety factors
    /// (e.g. <c>DisruptiveGroup</c>). Each name must be declared by the instrument that classifies the profile.
    /// </summary>
    public ImmutableArray<string> PublicSafetyFactors
    {
        get;
        init
        {
            value = value.IsDefault ? [] : value;
            foreach (var flag in value)
            {
                Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(flag), nameof(PublicSafetyFactors), "A public safety factor name must not be blank");
            }
            field = value;
        }
    } = [];

    /// <summary>Gets additional named whole-number facts that jurisdiction packs may score (e.g. <c>gangRank</c>).</summary>
    public ImmutableDictionary<string, int> Facts { get; init => field = value ?? ImmutableDictionary<string, int>.Empty; } =
        ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Gets whether the prisoner has caretaking responsibilities for children or others (Bangkok Rules, rule 41(b)), or <see langword="null"/> when not recorded.</summary>
    public bool? CaretakingResponsibilities { get; init; }

    /// <summary>Gets whether the prisoner has a history of violence suffered (Bangkok Rules, rule 41(b)), or <see langword="null"/> when not recorded.</summary>
    public bool? VictimisationHistory { get; init; }

    /// <summary>Gets whether the prisoner has mental-health care needs (Bangkok Rules, rule 41(b), (d)), or <see langword="null"/> when not recorded.</summary>
    public bool? MentalHealthNeeds { get; init; }

    /// <summary>Gets whether the prisoner is pregnant (Bangkok Rules, rule 22), or <see langword="null"/> when not recorded.</summary>
    public bool? Pregnant { get; init; }

    /// <summary>Gets whether the prisoner is breastfeeding (Bangkok Rules, rule 22), or <see langword="null"/> when not recorded.</summary>
    public bool? Breastfeeding { get; init; }

    /// <summary>Gets whether the prisoner has an infant with her in prison (Bangkok Rules, rule 22), or <see langword="null"/> when not recorded.</summary>
    public bool? WithInfant { get; init; }

    /// <summary>Value equality over every fact, including the contents of the collections.</summary>
    public bool Equals(PrisonerProfile? other) =>
        other is not null
        && Id == other.Id && Sex == other.Sex && DateOfBirth == other.DateOfBirth && LegalStatus == other.LegalStatus
        && OffenseSeverity == other.OffenseSeverity && DetainerSeverity == other.DetainerSeverity
        && CriminalHistoryPoints == other.CriminalHistoryPoints && Violence.AsSpan().SequenceEqual(other.Violence.AsSpan())
        && Escapes.AsSpan().SequenceEqual(other.Escapes.AsSpan()) && VoluntarySurrender == other.VoluntarySurrender
        && Education == other.Education && SubstanceAbuseLastDate == other.SubstanceAbuseLastDate
        && MonthsToRelease == other.MonthsToRelease
        && PublicSafetyFactors.AsSpan().SequenceEqual(other.PublicSafetyFactors.AsSpan())
        && FactsEqual(Facts, other.Facts)
        && CaretakingResponsibilities == other.CaretakingResponsibilities && VictimisationHistory == other.VictimisationHistory
        && MentalHealthNeeds == other.MentalHealthNeeds && Pregnant == other.Pregnant && Breastfeeding == other.Breastfeeding
        && WithInfant == other.WithInfant;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Sex, DateOfBirth, OffenseSeverity, CriminalHistoryPoints, MonthsToRelease);

    private static bool FactsEqual(ImmutableDictionary<string, int> a, ImmutableDictionary<string, int> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || other != value)
            {
                return false;
            }
        }
        return true;
    }
}
