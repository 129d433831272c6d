using System.Runtime.CompilerServices;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>What the rules of a policy look at in a prisoner, computed once per prisoner and check date.</summary>
/// <param name="Sex">The recorded sex.</param>
/// <param name="LegalStatus">The legal status.</param>
/// <param name="AgeGroup">The age group on the date of the check.</param>
/// <param name="SecurityLevel">The index of the prisoner's security level among the names the policy uses, or -1.</param>
internal readonly record struct ResidentTraits(Sex Sex, LegalStatus LegalStatus, AgeGroup AgeGroup, int SecurityLevel);

/// <summary>A <see cref="ResidentSelector"/> as bit masks: a match is a handful of comparisons.</summary>
internal readonly struct CompiledSelector(Sex? sex, int legalStatuses, AgeGroup? ageGroup, ulong securityLevels)
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Matches(in ResidentTraits t) =>
        (sex is null || sex == t.Sex)
        && (legalStatuses == 0 || (legalStatuses & (1 << (int)t.LegalStatus)) != 0)
        && (ageGroup is null || ageGroup == t.AgeGroup)
        && (securityLevels == 0 || (t.SecurityLevel >= 0 && (securityLevels & (1UL << t.SecurityLevel)) != 0));
}
