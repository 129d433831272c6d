using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.Common;

namespace Inl.Justice.CaseFlow;

/// <summary>
/// A charge against a defendant. The penalty selects clocks that depend on the gravity of the offence (for example CrPC
/// s.167(2): 90 days for offences punishable with death, life or imprisonment for a term of not less than ten years, 60
/// days otherwise — where "not less than ten years" is the minimum term, Rajeev Chaudhary v. State (NCT of Delhi), 2001).
/// </summary>
/// <param name="Id">The charge's id within the case (count number).</param>
/// <param name="Offence">The offence as charged, e.g. <c>18 U.S.C. §2113(a)</c>.</param>
/// <param name="Defendant">The defendant charged, or <see langword="null"/> when the charge is against every defendant.</param>
/// <param name="MaxPenaltyYears">The maximum term of imprisonment in years, or <see langword="null"/> when not recorded.</param>
/// <param name="LifeOrDeath">Whether the offence is punishable with death or imprisonment for life.</param>
/// <param name="MinPenaltyYears">The minimum term of imprisonment the law prescribes, in years, or <see langword="null"/> when there is none or it is not recorded.</param>
public sealed record Charge(string Id, string Offence, PersonId? Defendant = null, int? MaxPenaltyYears = null, bool LifeOrDeath = false, int? MinPenaltyYears = null)
{
    /// <summary>Whether the charge is against <paramref name="defendant"/>.</summary>
    public bool Concerns(PersonId defendant) => Defendant is null || Defendant.Value == defendant;

    /// <summary>
    /// Whether the offence is punishable with death, life, or a term of at least <paramref name="years"/> years, reading
    /// the term as <paramref name="term"/> says: the maximum (<see cref="MaxPenaltyYears"/> ≥ years) or the minimum
    /// (<see cref="MinPenaltyYears"/> ≥ years). An unrecorded term is not "at least".
    /// </summary>
    public bool PunishableWithAtLeast(int years, PenaltyTerm term = PenaltyTerm.Maximum) =>
        LifeOrDeath || (term == PenaltyTerm.Minimum ? MinPenaltyYears >= years : MaxPenaltyYears >= years);
}
