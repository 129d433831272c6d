using System;
using System.Collections.Immutable;
using System.Globalization;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using NodaTime;

namespace Inl.Justice.Benchmarks;

/// <summary>
/// A deterministic generator of valid <see cref="PrisonerProfile"/> values for the BOP pack (us-bop-ps5100.08).
/// The same seed and count always give the same profiles, on every machine and runtime (the generator is a
/// SplitMix64 sequence, not <see cref="Random"/>, so nothing depends on the runtime's random implementation).
/// </summary>
/// <remarks>
/// Shape of the cohort: about 10% female; ages 18–80 (about 1 in 200 born on 29 February, to exercise the
/// completed-years rule); every offense severity; a detainer for about 30%; criminal-history points 0–20;
/// 0–3 violence incidents and 0–3 escapes dated up to 30 years before the assessment date (never before the
/// tenth birthday); voluntary surrender for about 25%; every education level; a substance-abuse date for about
/// 60%; months to release 0–480 (skewed to short sentences); and about 10% of profiles carry one public safety
/// factor of the pack (about 1% carry two).
/// </remarks>
public static class Cohort
{
    /// <summary>The assessment date of every benchmark and test.</summary>
    public static readonly LocalDate AssessedOn = new(2026, 11, 1);

    /// <summary>The default seed.</summary>
    public const ulong DefaultSeed = 0x5100_08_2026_1101UL;

    /// <summary>The public safety factors (flags) the BOP pack declares.</summary>
    public static readonly ImmutableArray<string> BopFlags =
    [
        "DisruptiveGroup",
        "SexOffender",
        "DeportableAlien",
        "LifeOrDeathSentence",
        "SeriousEscape",
        "PrisonDisturbance",
        "JuvenileViolence",
        "ThreatToGovernmentOfficials",
        "SeriousTelephoneAbuse",
    ];

    /// <summary>Generates <paramref name="count"/> profiles, assessed on <see cref="AssessedOn"/>.</summary>
    public static PrisonerProfile[] Generate(int count, ulong seed = DefaultSeed) => Generate(count, AssessedOn, seed);

    /// <summary>Generates <paramref name="count"/> profiles valid on <paramref name="assessedOn"/>.</summary>
    public static PrisonerProfile[] Generate(int count, LocalDate assessedOn, ulong seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var rng = new SplitMix64(seed);
        var result = new PrisonerProfile[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = Next(ref rng, i, assessedOn);
        }
        return result;
    }

    private static PrisonerProfile Next(ref SplitMix64 rng, int index, LocalDate on)
    {
        var sex = rng.Chance(10) ? Sex.Female : Sex.Male;
        var dateOfBirth = DateOfBirth(ref rng, on);
        var detainer = rng.Chance(30) ? (OffenseSeverity?)(OffenseSeverity)rng.Between(1, 5) : null;
        var violence = Incidents(ref rng, dateOfBirth, on, rng.Chance(45) ? rng.Between(1, 3) : 0, seriousPercent: 40);
        var escapes = Incidents(ref rng, dateOfBirth, on, rng.Chance(20) ? rng.Between(1, 3) : 0, seriousPercent: 30);
        LocalDate? substanceAbuse = rng.Chance(60) ? DateSince(ref rng, dateOfBirth, on) : null;
        return new PrisonerProfile
        {
            Id = new PersonId("BOP-" + index.ToString("D7", CultureInfo.InvariantCulture)),
            Sex = sex,
            DateOfBirth = dateOfBirth,
            LegalStatus = rng.Chance(95) ? LegalStatus.Convicted : LegalStatus.Untried,
            OffenseSeverity = (OffenseSeverity)rng.Between(1, 5),
            DetainerSeverity = detainer,
            CriminalHistoryPoints = rng.Between(0, 20),
            Violence = violence,
            Escapes = escapes,
            VoluntarySurrender = rng.Chance(25),
            Education = (EducationLevel)rng.Between(1, 3),
            SubstanceAbuseLastDate = substanceAbuse,
            MonthsToRelease = MonthsToRelease(ref rng),
            PublicSafetyFactors = Flags(ref rng),
        };
    }

    private static LocalDate DateOfBirth(ref SplitMix64 rng, LocalDate on)
    {
        var age = rng.Between(18, 80);
        if (rng.Chance(0.5))
        {
            // A leap-day birthday near `age`, kept within ages 18–80 (leap years are 4 apart between 1901 and 2099).
            var year = on.Year - age;
            while (!CalendarSystem.Iso.IsLeapYear(year))
            {
                year--;
            }
            while (new LocalDate(year, 2, 29).PlusYears(81) <= on)
            {
                year += 4;
            }
            while (new LocalDate(year, 2, 29).PlusYears(18) > on)
            {
                year -= 4;
            }
            return new LocalDate(year, 2, 29);
        }
        // Born between exactly `age` years and `age + 1` years (less a day) before the assessment date.
        return on.PlusYears(-age).PlusDays(-rng.Between(0, 364));
    }

    private static int MonthsToRelease(ref SplitMix64 rng)
    {
        var bucket = rng.Between(1, 100);
        return bucket <= 60 ? rng.Between(0, 120)
            : bucket <= 85 ? rng.Between(121, 240)
            : bucket <= 94 ? rng.Between(241, 360)
            : rng.Between(361, 480);
    }

    private static ImmutableArray<Incident> Incidents(ref SplitMix64 rng, LocalDate dateOfBirth, LocalDate on, int count, int seriousPercent)
    {
        if (count == 0)
        {
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<Incident>(count);
        for (var i = 0; i < count; i++)
        {
            builder.Add(new Incident(DateSince(ref rng, dateOfBirth, on), rng.Chance(seriousPercent)));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>A date up to 30 years before <paramref name="on"/>, never before the tenth birthday.</summary>
    private static LocalDate DateSince(ref SplitMix64 rng, LocalDate dateOfBirth, LocalDate on)
    {
        var earliest = on.PlusYears(-30);
        var tenth = dateOfBirth.PlusYears(10);
        if (tenth > earliest)
        {
            earliest = tenth;
        }
        var days = Period.DaysBetween(earliest, on);
        return earliest.PlusDays(rng.Between(0, days));
    }

    private static ImmutableArray<string> Flags(ref SplitMix64 rng)
    {
        if (!rng.Chance(10))
        {
            return [];
        }
        var first = BopFlags[rng.Between(0, BopFlags.Length - 1)];
        if (!rng.Chance(10))
        {
            return [first];
        }
        var second = BopFlags[rng.Between(0, BopFlags.Length - 1)];
        return second == first ? [first] : [first, second];
    }

    /// <summary>SplitMix64 (Steele, Lea, Flood 2014): tiny, fast and identical everywhere.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong state = seed;

        private ulong NextUInt64()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>A uniform integer in [min, max] (the tiny modulo bias is irrelevant here).</summary>
        public int Between(int min, int max) => min + (int)(NextUInt64() % (ulong)((long)max - min + 1));

        /// <summary>True with the given probability in percent.</summary>
        public bool Chance(double percent) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) * 100.0 < percent;
    }
}
