using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using NodaTime;

namespace Inl.Justice.Tests;

/// <summary>A profile valid for the BOP pack, with the date it is assessed on.</summary>
public sealed record BopCase(PrisonerProfile Profile, LocalDate AssessedOn)
{
    public override string ToString() => $"{AssessedOn:uuuu-MM-dd} {System.Text.Encoding.UTF8.GetString(new PrisonerCohort(AssessedOn, [Profile]).ToJson())}";
}

/// <summary>One way to make a profile's facts worse for the BOP instrument (never better).</summary>
public enum Worsening
{
    OffenseSeverity,
    Detainer,
    CriminalHistory,
    AddViolence,
    AddEscape,
    RecentViolence,
    SeriousEscape,
    NoVoluntarySurrender,
    Younger,
    Education,
    SubstanceAbuse,
    MonthsToRelease,
    AddFlag,
}

/// <summary>Generators (with shrinkers) of valid domain values.</summary>
public static class Arbitraries
{
    public static readonly string[] BopFlags =
        ["DisruptiveGroup", "SexOffender", "ThreatToGovernmentOfficials", "DeportableAlien", "LifeOrDeathSentence", "SeriousEscape", "PrisonDisturbance", "JuvenileViolence", "SeriousTelephoneAbuse"];

    private static readonly LocalDate Epoch = new(1900, 1, 1);

    /// <summary>Dates between 1930 and 2040, shrinking towards 2000-01-01.</summary>
    public static Arbitrary<LocalDate> LocalDates() =>
        Arb.From(DateBetween(new LocalDate(1930, 1, 1), new LocalDate(2040, 12, 31)), ShrinkDate);

    public static Gen<LocalDate> DateBetween(LocalDate from, LocalDate to) =>
        Gen.Choose(0, Period.Between(from, to, PeriodUnits.Days).Days).Select(d => from.PlusDays(d));

    private static IEnumerable<LocalDate> ShrinkDate(LocalDate d)
    {
        var target = new LocalDate(2000, 1, 1);
        var days = Period.Between(target, d, PeriodUnits.Days).Days;
        foreach (var k in new[] { 0, days / 2, days - Math.Sign(days) })
        {
            if (k != days && Math.Abs(k) < Math.Abs(days))
            {
                yield return target.PlusDays(k);
            }
        }
    }

    public static Arbitrary<BopCase> BopCases() => Arb.From(BopCaseGen(), ShrinkCase);

    public static Arbitrary<Worsening> Worsenings() => Arb.From(Gen.Elements(Enum.GetValues<Worsening>()));

    public static Gen<BopCase> BopCaseGen() =>
        from date in DateBetween(new LocalDate(2006, 9, 12), new LocalDate(2035, 12, 31))
        from profile in ProfileGen(date, BopFlags, [Sex.Male, Sex.Female])
        select new BopCase(profile, date);

    public static Gen<PrisonerProfile> ProfileGen(LocalDate assessedOn, string[] flags, Sex[] sexes) =>
        from sex in Gen.Elements(sexes)
        from age in Gen.Choose(14, 95)
        from birthdayOffset in Gen.Choose(0, 364)
        from legal in Gen.Elements(Enum.GetValues<LegalStatus>())
        from offense in Gen.Elements(Enum.GetValues<OffenseSeverity>())
        from hasDetainer in Gen.Elements(false, true)
        from detainer in Gen.Elements(Enum.GetValues<OffenseSeverity>())
        from chp in Gen.Frequency((4, Gen.Choose(0, 15)), (1, Gen.Choose(16, 60)))
        from violence in IncidentsGen(assessedOn, age)
        from escapes in IncidentsGen(assessedOn, age)
        from vs in Gen.Elements(false, true)
        from edu in Gen.Elements(Enum.GetValues<EducationLevel>())
        from hasAbuse in Gen.Elements(false, true)
        from abuseDaysAgo in Gen.Choose(0, 40 * 365)
        from months in Gen.Frequency((4, Gen.Choose(0, 240)), (1, Gen.Choose(241, 900)))
        from flagCount in Gen.Frequency((6, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2)))
        from chosen in Gen.Shuffle(flags)
        from id in Gen.Choose(1, 999_999)
        let dob = assessedOn.PlusYears(-age).PlusDays(-birthdayOffset)
        select new PrisonerProfile
        {
            Id = new PersonId("G" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Sex = sex,
            DateOfBirth = dob,
            LegalStatus = legal,
            OffenseSeverity = offense,
            DetainerSeverity = hasDetainer ? detainer : null,
            CriminalHistoryPoints = chp,
            Violence = violence,
            Escapes = escapes,
            VoluntarySurrender = vs,
            Education = edu,
            SubstanceAbuseLastDate = hasAbuse ? Max(dob, assessedOn.PlusDays(-abuseDaysAgo)) : null,
            MonthsToRelease = months,
            PublicSafetyFactors = [.. chosen.Take(Math.Min(flagCount, chosen.Length))],
        };

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    /// <summary>Incidents dated after the prisoner's birth (<paramref name="age"/> completed years before <paramref name="assessedOn"/>).</summary>
    private static Gen<ImmutableArray<Incident>> IncidentsGen(LocalDate assessedOn, int age) =>
        from count in Gen.Frequency((5, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Choose(2, 4)))
        from incidents in Gen.ArrayOf(
            from daysAgo in Gen.Choose(0, Math.Min(30, age) * 365)
            from serious in Gen.Elements(false, true)
            select new Incident(assessedOn.PlusDays(-daysAgo), serious), count)
        select incidents.ToImmutableArray();

    /// <summary>Shrinks towards the simplest profile: no incidents, flags, detainer or abuse; fewest points.</summary>
    public static IEnumerable<BopCase> ShrinkCase(BopCase c)
    {
        var p = c.Profile;
        if (!p.Violence.IsEmpty) yield return c with { Profile = p with { Violence = p.Violence.RemoveAt(0) } };
        if (!p.Escapes.IsEmpty) yield return c with { Profile = p with { Escapes = p.Escapes.RemoveAt(0) } };
        if (!p.PublicSafetyFactors.IsEmpty) yield return c with { Profile = p with { PublicSafetyFactors = p.PublicSafetyFactors.RemoveAt(0) } };
        if (p.DetainerSeverity is not null) yield return c with { Profile = p with { DetainerSeverity = null } };
        if (p.SubstanceAbuseLastDate is not null) yield return c with { Profile = p with { SubstanceAbuseLastDate = null } };
        if (p.CriminalHistoryPoints > 0) yield return c with { Profile = p with { CriminalHistoryPoints = p.CriminalHistoryPoints / 2 } };
        if (p.MonthsToRelease > 0) yield return c with { Profile = p with { MonthsToRelease = p.MonthsToRelease / 2 } };
        if (p.OffenseSeverity != OffenseSeverity.Lowest) yield return c with { Profile = p with { OffenseSeverity = OffenseSeverity.Lowest } };
        if (p.Education != EducationLevel.Verified) yield return c with { Profile = p with { Education = EducationLevel.Verified } };
        if (p.VoluntarySurrender) yield return c with { Profile = p with { VoluntarySurrender = false } };
    }

    /// <summary>Applies <paramref name="w"/>: the result's facts are never better for the prisoner under the BOP instrument.</summary>
    public static PrisonerProfile Worsen(PrisonerProfile p, LocalDate on, Worsening w, int amount)
    {
        amount = Math.Abs(amount % 400) + 1;
        switch (w)
        {
            case Worsening.OffenseSeverity:
                return p with { OffenseSeverity = (OffenseSeverity)Math.Min((int)p.OffenseSeverity + 1, (int)OffenseSeverity.Greatest) };
            case Worsening.Detainer:
                return p with { DetainerSeverity = p.DetainerSeverity is { } d ? (OffenseSeverity)Math.Min((int)d + 1, 5) : OffenseSeverity.Lowest };
            case Worsening.CriminalHistory:
                return p with { CriminalHistoryPoints = p.CriminalHistoryPoints + amount % 20 };
            case Worsening.AddViolence:
                return p with { Violence = p.Violence.Add(new Incident(Later(p.DateOfBirth, on, amount), amount % 2 == 0)) };
            case Worsening.AddEscape:
                return p with { Escapes = p.Escapes.Add(new Incident(Later(p.DateOfBirth, on, amount), amount % 2 == 0)) };
            case Worsening.RecentViolence:
                return p.Violence.IsEmpty ? p : p with { Violence = p.Violence.SetItem(0, new Incident(Later(p.Violence[0].Date, on, amount), p.Violence[0].Serious)) };
            case Worsening.SeriousEscape:
                return p.Escapes.IsEmpty ? p : p with { Escapes = p.Escapes.SetItem(0, p.Escapes[0] with { Serious = true }) };
            case Worsening.NoVoluntarySurrender:
                return p with { VoluntarySurrender = false };
            case Worsening.Younger:
                return p with { DateOfBirth = Later(p.DateOfBirth, Earliest(on, p), amount * 30) };
            case Worsening.Education:
                return p with { Education = (EducationLevel)Math.Min((int)p.Education + 1, (int)EducationLevel.None) };
            case Worsening.SubstanceAbuse:
                return p with { SubstanceAbuseLastDate = Later(p.SubstanceAbuseLastDate ?? p.DateOfBirth, on, amount * 10) };
            case Worsening.MonthsToRelease:
                return p with { MonthsToRelease = p.MonthsToRelease + amount };
            default:
                var missing = BopFlags.Where(f => !p.PublicSafetyFactors.Contains(f)).ToArray();
                return missing.Length == 0 ? p : p with { PublicSafetyFactors = p.PublicSafetyFactors.Add(missing[amount % missing.Length]) };
        }
    }

    /// <summary>A date between <paramref name="from"/> and <paramref name="to"/>, <paramref name="days"/> later than from at most.</summary>
    private static LocalDate Later(LocalDate from, LocalDate to, int days)
    {
        if (to <= from)
        {
            return from;
        }
        var candidate = from.PlusDays(days);
        return candidate > to ? to : candidate;
    }

    /// <summary>The latest date of birth that keeps every dated fact on or after it.</summary>
    private static LocalDate Earliest(LocalDate on, PrisonerProfile p)
    {
        var limit = on;
        foreach (var d in p.Violence.Select(i => i.Date).Concat(p.Escapes.Select(i => i.Date)))
        {
            limit = d < limit ? d : limit;
        }
        return p.SubstanceAbuseLastDate is { } a && a < limit ? a : limit;
    }
}
