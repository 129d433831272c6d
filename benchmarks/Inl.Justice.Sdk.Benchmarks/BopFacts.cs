using System;
using System.Collections.Immutable;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using NodaTime;

namespace Inl.Justice.Benchmarks;

/// <summary>
/// What the general-purpose rules engines (Microsoft RulesEngine, NRules) are given instead of a
/// <see cref="PrisonerProfile"/>: the same facts as primitives, with the date arithmetic already done in C#.
/// </summary>
/// <remarks>
/// Precomputed in C# (and counted in the engines' benchmark times, since it runs on every classification):
/// <list type="bullet">
/// <item>the age in completed years on the assessment date (<see cref="AgeYears"/>);</item>
/// <item>the completed years since the last substance abuse, or -1 when none is on record (<see cref="SubstanceAbuseYears"/>);</item>
/// <item>the completed years since each violence and escape incident (<see cref="IncidentFact.YearsAgo"/>);</item>
/// <item>enums as their integer values, the missing detainer as 0, the population as <see cref="Male"/>;</item>
/// <item>the checks the SDK makes before scoring (population with a scale, no date after the assessment date, only
/// declared flags), so that every implementation rejects the same profiles.</item>
/// </list>
/// Everything else — every point table, the worst-incident rule, the scales, every public safety factor — is written
/// in the engines' own rule languages. Completed years use <see cref="HandWrittenBop.CompletedYears"/>, which matches
/// NodaTime's <c>Period.Between(…, PeriodUnits.Years)</c>.
/// </remarks>
public sealed class BopFacts
{
    /// <summary>Gets a value indicating whether the male scale and the male-only floors apply (otherwise female).</summary>
    public bool Male { get; init; }

    /// <summary>Gets the current offense severity, 1 (Lowest) to 5 (Greatest).</summary>
    public int OffenseSeverity { get; init; }

    /// <summary>Gets the most severe detainer, 1 (Lowest) to 5 (Greatest), or 0 when there is none.</summary>
    public int DetainerSeverity { get; init; }

    /// <summary>Gets the USSG criminal-history points.</summary>
    public int CriminalHistoryPoints { get; init; }

    /// <summary>Gets a value indicating whether the prisoner surrendered voluntarily.</summary>
    public bool VoluntarySurrender { get; init; }

    /// <summary>Gets the education level, 1 (Verified) to 3 (None).</summary>
    public int Education { get; init; }

    /// <summary>Gets the months to release.</summary>
    public int MonthsToRelease { get; init; }

    /// <summary>Gets the age in completed years on the assessment date.</summary>
    public int AgeYears { get; init; }

    /// <summary>Gets the completed years since the last substance abuse, or -1 when none is on record.</summary>
    public int SubstanceAbuseYears { get; init; }

    /// <summary>Gets the violence incidents.</summary>
    public IncidentFact[] Violence { get; init; } = [];

    /// <summary>Gets the escapes and attempts.</summary>
    public IncidentFact[] Escapes { get; init; } = [];

    /// <summary>Gets the public safety factors, as the profile names them.</summary>
    public ImmutableArray<string> Flags { get; init; } = [];

    /// <summary>Whether the profile carries the public safety factor <paramref name="flag"/>.</summary>
    public bool HasFlag(string flag)
    {
        foreach (var f in Flags)
        {
            if (string.Equals(f, flag, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Builds the facts of <paramref name="profile"/> on <paramref name="on"/>.</summary>
    /// <exception cref="ArgumentException">The profile cannot be classified by the BOP pack.</exception>
    public static BopFacts From(PrisonerProfile profile, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Sex is not (Sex.Male or Sex.Female))
        {
            throw new ArgumentException($"The BOP instrument has no scale for population {profile.Sex}.", nameof(profile));
        }
        foreach (var flag in profile.PublicSafetyFactors)
        {
            if (!Cohort.BopFlags.Contains(flag))
            {
                throw new ArgumentException($"'{flag}' is not a public safety factor of the BOP instrument.", nameof(profile));
            }
        }
        return new BopFacts
        {
            Male = profile.Sex == Sex.Male,
            OffenseSeverity = (int)profile.OffenseSeverity,
            DetainerSeverity = profile.DetainerSeverity is { } d ? (int)d : 0,
            CriminalHistoryPoints = profile.CriminalHistoryPoints,
            VoluntarySurrender = profile.VoluntarySurrender,
            Education = (int)profile.Education,
            MonthsToRelease = profile.MonthsToRelease,
            AgeYears = YearsSince(profile.DateOfBirth, on),
            SubstanceAbuseYears = profile.SubstanceAbuseLastDate is { } abuse ? YearsSince(abuse, on) : -1,
            Violence = Incidents(profile.Violence, on),
            Escapes = Incidents(profile.Escapes, on),
            Flags = profile.PublicSafetyFactors,
        };
    }

    private static IncidentFact[] Incidents(ImmutableArray<Incident> incidents, LocalDate on)
    {
        if (incidents.IsEmpty)
        {
            return [];
        }
        var result = new IncidentFact[incidents.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new IncidentFact(YearsSince(incidents[i].Date, on), incidents[i].Serious);
        }
        return result;
    }

    private static int YearsSince(LocalDate date, LocalDate on) =>
        date > on
            ? throw new ArgumentException($"A date ({date:uuuu-MM-dd}) is after the assessment date.", nameof(date))
            : HandWrittenBop.CompletedYears(date, on);
}

/// <summary>An incident as the engines see it.</summary>
/// <param name="YearsAgo">Completed years from the incident to the assessment date.</param>
/// <param name="Serious">Whether the incident was serious.</param>
public sealed record IncidentFact(int YearsAgo, bool Serious);
