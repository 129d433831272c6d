using System;
using System.Collections.Immutable;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using NodaTime;

namespace Inl.Justice.Benchmarks;

/// <summary>
/// The BOP security designation (PS 5100.08, pack us-bop-ps5100.08 version 1.0.0) written by hand, as a careful
/// engineer would without a rules engine: switches and comparisons, no tables built at run time, no allocation.
/// It is the baseline of the benchmarks, and it must agree with the pack on every profile.
/// </summary>
/// <remarks>
/// Every number below is copied from src/Inl.Justice.Sdk/Packs/us-bop-ps5100.08.json. Like the SDK, it refuses
/// profiles it cannot classify: a population without a scale (only Male and Female have one), dates after the
/// assessment date, and flags the pack does not declare.
/// </remarks>
public static class HandWrittenBop
{
    /// <summary>Level ranks, as the pack declares its levels (lowest first).</summary>
    public const int Minimum = 0, Low = 1, Medium = 2, High = 3;

    /// <summary>Computes the level rank (0 Minimum, 1 Low, 2 Medium, 3 High) after the public safety factors.</summary>
    /// <exception cref="ArgumentException">The profile cannot be classified.</exception>
    public static int Level(PrisonerProfile profile, LocalDate assessedOn)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var male = IsMale(profile.Sex);
        // Flags are checked before anything else so that an unknown flag is an error whatever the score.
        var floor = FlagFloor(profile.PublicSafetyFactors, male);
        var score = Score(profile, assessedOn);
        var rank = male
            ? score >= 24 ? High : score >= 16 ? Medium : score >= 12 ? Low : Minimum
            : score >= 31 ? High : score >= 16 ? Low : Minimum; // the female scale has no Medium
        if (male)
        {
            // Public safety factors that read the profile rather than a flag apply to males only.
            var months = profile.MonthsToRelease;
            if (months >= 361)
            {
                floor = High;
            }
            else if (months >= 241)
            {
                floor = Math.Max(floor, Medium);
            }
            else if (months >= 121 || profile.OffenseSeverity == OffenseSeverity.Greatest)
            {
                floor = Math.Max(floor, Low);
            }
        }
        return Math.Max(rank, floor);
    }

    /// <summary>Computes the total of the BP-337 item points.</summary>
    /// <exception cref="ArgumentException">The profile cannot be classified.</exception>
    public static int Score(PrisonerProfile profile, LocalDate assessedOn)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.DateOfBirth > assessedOn)
        {
            throw new ArgumentException($"Prisoner {profile.Id} was born after the assessment date.", nameof(profile));
        }
        var age = CompletedYears(profile.DateOfBirth, assessedOn);
        var score = profile.DetainerSeverity switch
        {
            null => 0,
            OffenseSeverity.Lowest or OffenseSeverity.LowModerate => 1,
            OffenseSeverity.Moderate => 3,
            OffenseSeverity.High => 5,
            _ => 7,
        };
        score += profile.OffenseSeverity switch
        {
            OffenseSeverity.Lowest => 0,
            OffenseSeverity.LowModerate => 1,
            OffenseSeverity.Moderate => 3,
            OffenseSeverity.High => 5,
            _ => 7,
        };
        var history = profile.CriminalHistoryPoints;
        score += history <= 1 ? 0 : history <= 3 ? 2 : history <= 6 ? 4 : history <= 9 ? 6 : history <= 12 ? 8 : 10;
        score += ViolencePoints(profile, assessedOn);
        score += EscapePoints(profile, assessedOn);
        if (profile.VoluntarySurrender)
        {
            score -= 3;
        }
        score += age <= 24 ? 8 : age <= 35 ? 4 : age <= 54 ? 2 : 0;
        score += profile.Education switch
        {
            EducationLevel.Verified => 0,
            EducationLevel.Enrolled => 1,
            _ => 2,
        };
        if (profile.SubstanceAbuseLastDate is { } abuse && YearsSince(profile, abuse, assessedOn) <= 4)
        {
            score += 1;
        }
        return score;
    }

    /// <summary>
    /// Completed years from <paramref name="start"/> to <paramref name="end"/> (not earlier), counted as NodaTime's
    /// <c>Period.Between(start, end, PeriodUnits.Years)</c> does: adding N years to 29 February gives 28 February in
    /// a common year, so someone born on 29 February completes a year on 28 February.
    /// </summary>
    public static int CompletedYears(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            return -CompletedYears(end, start);
        }
        var years = end.Year - start.Year;
        var startMonth = start.Month;
        var endMonth = end.Month;
        if (endMonth < startMonth)
        {
            years--;
        }
        else if (endMonth == startMonth)
        {
            var startDay = start.Day;
            // 29 February plus whole years lands on 28 February when the end year is common.
            if (startMonth == 2 && startDay == 29 && !DateTime.IsLeapYear(end.Year))
            {
                startDay = 28;
            }
            if (end.Day < startDay)
            {
                years--;
            }
        }
        return years;
    }

    private static bool IsMale(Sex sex) => sex switch
    {
        Sex.Male => true,
        Sex.Female => false,
        _ => throw new ArgumentException($"The BOP instrument has no scale for population {sex}.", nameof(sex)),
    };

    /// <summary>The highest floor the flags give; flags that only bind males are ignored for females.</summary>
    private static int FlagFloor(ImmutableArray<string> flags, bool male)
    {
        var floor = Minimum;
        foreach (var flag in flags)
        {
            switch (flag)
            {
                case "DisruptiveGroup":
                case "PrisonDisturbance":
                case "LifeOrDeathSentence":
                    if (male)
                    {
                        floor = High;
                    }
                    break;
                case "SeriousEscape":
                    if (male && floor < Medium)
                    {
                        floor = Medium;
                    }
                    break;
                case "SexOffender":
                case "ThreatToGovernmentOfficials":
                case "DeportableAlien":
                case "JuvenileViolence":
                case "SeriousTelephoneAbuse":
                    if (floor < Low)
                    {
                        floor = Low;
                    }
                    break;
                default:
                    throw new ArgumentException($"'{flag}' is not a public safety factor of the BOP instrument.", nameof(flags));
            }
        }
        return floor;
    }

    /// <summary>History of violence: the worst incident counts; none on record gives 0.</summary>
    private static int ViolencePoints(PrisonerProfile profile, LocalDate on)
    {
        var best = 0;
        foreach (var incident in profile.Violence)
        {
            var years = YearsSince(profile, incident.Date, on);
            var points = incident.Serious
                ? years <= 4 ? 7 : years <= 9 ? 6 : years <= 14 ? 4 : 2
                : years <= 4 ? 5 : years <= 9 ? 3 : 1;
            if (points > best)
            {
                best = points;
            }
        }
        return best;
    }

    /// <summary>History of escape or attempts: the worst incident counts; none on record gives 0.</summary>
    private static int EscapePoints(PrisonerProfile profile, LocalDate on)
    {
        var best = 0;
        foreach (var incident in profile.Escapes)
        {
            var years = YearsSince(profile, incident.Date, on);
            var points = incident.Serious || years <= 4 ? 3 : years <= 9 ? 2 : 1;
            if (points > best)
            {
                best = points;
            }
        }
        return best;
    }

    private static int YearsSince(PrisonerProfile profile, LocalDate date, LocalDate on)
    {
        if (date > on)
        {
            throw new ArgumentException($"Prisoner {profile.Id} has a date ({date:uuuu-MM-dd}) after the assessment date.", nameof(profile));
        }
        return CompletedYears(date, on);
    }
}
