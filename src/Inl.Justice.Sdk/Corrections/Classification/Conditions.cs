using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Inl.Justice.Corrections.Classification;

/// <summary>
/// What evaluation reads: the profile, the assessment date (with its year, month and day taken apart once) and the
/// profile's flags as a bit mask.
/// </summary>
internal readonly struct Subject
{
    private readonly int onYear;
    private readonly int onMonth;
    private readonly int onDay;
    private readonly bool onLeap;

    public Subject(PrisonerProfile profile, LocalDate on, ulong flags)
    {
        Profile = profile;
        On = on;
        Flags = flags;
        onYear = on.Year;
        onMonth = on.Month;
        onDay = on.Day;
        onLeap = CalendarSystem.Iso.IsLeapYear(onYear);
    }

    public PrisonerProfile Profile { get; }

    public LocalDate On { get; }

    public ulong Flags { get; }

    /// <summary>
    /// Completed years from <paramref name="date"/> to the assessment date, as <see cref="CompletedYears.Between"/>
    /// counts them; a date after the assessment date is refused.
    /// </summary>
    /// <exception cref="System.ArgumentException">The date is after the assessment date.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int YearsSince(LocalDate date)
    {
        var year = date.Year;
        var month = date.Month;
        var day = date.Day;
        if (year > onYear || (year == onYear && (month > onMonth || (month == onMonth && day > onDay))))
        {
            ClassificationInstrument.ThrowProfile(Profile, $"a date ({date:uuuu-MM-dd}) is after the assessment date");
        }
        var years = onYear - year;
        if (month == 2 && day == 29 && !onLeap)
        {
            day = 28;
        }
        if (onMonth < month || (onMonth == month && onDay < day))
        {
            years--;
        }
        return years;
    }
}

/// <summary>A compiled condition of a floor or ceiling.</summary>
internal abstract class Condition
{
    public abstract bool Holds(in Subject s);
}

internal sealed class FlagCondition(int bit) : Condition
{
    private readonly ulong mask = 1UL << bit;

    public int Bit => bit;

    public override bool Holds(in Subject s) => (s.Flags & mask) != 0;
}

/// <summary>The whole-number facts a range condition can read.</summary>
internal enum RangeSubject
{
    OffenseSeverity,
    DetainerSeverity,
    MonthsToRelease,
    CriminalHistoryPoints,
    Age,
}

/// <summary>Holds when a number read from the profile lies within [min, max]; a missing detainer never holds.</summary>
internal sealed class RangeCondition(RangeSubject subject, int min, int max) : Condition
{
    public override bool Holds(in Subject s)
    {
        var p = s.Profile;
        int value;
        switch (subject)
        {
            case RangeSubject.OffenseSeverity:
                value = (int)p.OffenseSeverity;
                break;
            case RangeSubject.DetainerSeverity:
                if (p.DetainerSeverity is not { } d)
                {
                    return false;
                }
                value = (int)d;
                break;
            case RangeSubject.MonthsToRelease:
                value = p.MonthsToRelease;
                break;
            case RangeSubject.CriminalHistoryPoints:
                value = p.CriminalHistoryPoints;
                break;
            default:
                value = s.YearsSince(p.DateOfBirth);
                break;
        }
        return value >= min && value <= max;
    }
}

internal sealed class FactCondition(string fact, int min, int max) : Condition
{
    public override bool Holds(in Subject s) => s.Profile.Facts.TryGetValue(fact, out var v) && v >= min && v <= max;
}

internal sealed class IncidentCondition(bool violence, bool seriousOnly, int? withinYears, int atLeastCount) : Condition
{
    public override bool Holds(in Subject s)
    {
        var incidents = violence ? s.Profile.Violence : s.Profile.Escapes;
        var count = 0;
        foreach (var incident in incidents)
        {
            if ((!seriousOnly || incident.Serious)
                && (withinYears is not { } within || s.YearsSince(incident.Date) < within)
                && ++count >= atLeastCount)
            {
                return true;
            }
        }
        return false;
    }
}

internal sealed class AllOfCondition(ImmutableArray<Condition> conditions) : Condition
{
    public override bool Holds(in Subject s)
    {
        foreach (var c in conditions)
        {
            if (!c.Holds(in s))
            {
                return false;
            }
        }
        return true;
    }
}

internal sealed class AnyOfCondition(ImmutableArray<Condition> conditions) : Condition
{
    public ImmutableArray<Condition> Conditions => conditions;

    public override bool Holds(in Subject s)
    {
        foreach (var c in conditions)
        {
            if (c.Holds(in s))
            {
                return true;
            }
        }
        return false;
    }
}
