using System.Collections.Immutable;
using NodaTime;

namespace Inl.Justice.Corrections.Classification;

/// <summary>What conditions read: the profile, the assessment date and the profile's flags as a bit mask.</summary>
internal readonly struct Subject(PrisonerProfile profile, LocalDate on, ulong flags)
{
    public PrisonerProfile Profile { get; } = profile;

    public LocalDate On { get; } = on;

    public ulong Flags { get; } = flags;
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
                value = CompletedYears.Between(p.DateOfBirth, s.On);
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
                && (withinYears is not { } within || ClassificationInstrument.YearsSince(s.Profile, incident.Date, s.On) < within)
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
