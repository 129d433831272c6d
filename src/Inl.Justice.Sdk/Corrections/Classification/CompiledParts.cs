using System;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Classification;

/// <summary>One matched row of an item's table, precomputed for explanations.</summary>
internal sealed record ItemRow(string Label, int Points, Citation Citation);

/// <summary>
/// A compiled item: its public description plus lookup tables. Answer measures index <see cref="Answers"/> directly;
/// numeric measures index <see cref="RowByValue"/> by the measured value (the last entry serves every larger value);
/// incident measures keep one table per seriousness.
/// </summary>
internal sealed class CompiledItem
{
    public required ScoredItem Description
    {
        get;
        init
        {
            field = value;
            MeasureKind = value.Measure;
        }
    }

    /// <summary>The measure, held in a field of its own for the fast path.</summary>
    public Measure MeasureKind { get; private init; }

    public Measure Measure => MeasureKind;

    /// <summary>Answer rows by answer index; null entries are unused indexes.</summary>
    public ItemRow?[] Answers { get; init; } = [];

    /// <summary>Points by answer index (the fast path's copy of <see cref="Answers"/>).</summary>
    public int[] AnswerPoints { get; init; } = [];

    /// <summary>Numeric rows in band order.</summary>
    public ItemRow[] Bands { get; init; } = [];

    /// <summary>Lower bound of each numeric band (int.MinValue when open).</summary>
    public int[] BandMins { get; init; } = [];

    /// <summary>Band index by value, from 0 up to the last band's lower bound.</summary>
    public byte[] RowByValue { get; init; } = [];

    /// <summary>Points by value, from 0 up to the last band's lower bound.</summary>
    public int[] PointsByValue { get; init; } = [];

    /// <summary>Minor-incident points by completed years since.</summary>
    public int[] MinorByYears { get; init; } = [];

    /// <summary>Serious-incident points by completed years since.</summary>
    public int[] SeriousByYears { get; init; } = [];

    /// <summary>Incident rows: index 2*band for minor, 2*band+1 for serious.</summary>
    public ItemRow[] IncidentRows { get; init; } = [];

    /// <summary>Band index by completed years since.</summary>
    public byte[] IncidentBandByYears { get; init; } = [];

    /// <summary>The row used when there is nothing to measure (no incident, no abuse on record, fact absent).</summary>
    public ItemRow? NoneRow { get; init; }

    public int NonePoints { get; init; }

    public int FlagBit { get; init; } = -1;

    public string? Fact { get; init; }

    public int LookupPoints(int value)
    {
        var table = PointsByValue;
        return (uint)value < (uint)table.Length ? table[value] : table[^1];
    }

    public int LookupRow(int value)
    {
        var table = RowByValue;
        return (uint)value < (uint)table.Length ? table[value] : table[^1];
    }

    /// <summary>Band lookup for facts, whose bands may start below zero.</summary>
    public int FactRow(int value)
    {
        var mins = BandMins;
        for (var i = mins.Length - 1; i > 0; i--)
        {
            if (value >= mins[i])
            {
                return i;
            }
        }
        return 0;
    }
}

/// <summary>A population's scale: the level rank for each reachable score.</summary>
internal sealed class CompiledScale
{
    public required Sex Population { get; init; }

    public required int MinScore { get; init; }

    public required byte[] RankByScore { get; init; }

    public required Citation[] CitationByScore { get; init; }

    public int Rank(int score) => RankByScore[score - MinScore];
}

/// <summary>A floor or ceiling with its compiled condition.</summary>
internal sealed class CompiledLevelRule
{
    public required LevelRule Description { get; init; }

    public required Condition Condition { get; init; }

    public int Rank => Description.Level.Rank;
}

internal static class AnswerNames
{
    public static readonly string[] YesNo = ["No", "Yes"];

    public static string[] For(Measure measure) => measure switch
    {
        Measure.OffenseSeverity => [.. Enum.GetNames<OffenseSeverity>()],
        Measure.DetainerSeverity => ["None", .. Enum.GetNames<OffenseSeverity>()],
        Measure.Education => [.. Enum.GetNames<EducationLevel>()],
        Measure.VoluntarySurrender or Measure.Flag => YesNo,
        _ => [],
    };

    /// <summary>The table index of an answer name: enum value for enums, 0 for None/No, 1 for Yes.</summary>
    public static int Index(Measure measure, string answer) => measure switch
    {
        Measure.OffenseSeverity => (int)Enum.Parse<OffenseSeverity>(answer),
        Measure.DetainerSeverity => answer == "None" ? 0 : (int)Enum.Parse<OffenseSeverity>(answer),
        Measure.Education => (int)Enum.Parse<EducationLevel>(answer),
        _ => answer == "Yes" ? 1 : 0,
    };

    public static bool IsAnswerMeasure(Measure m) =>
        m is Measure.OffenseSeverity or Measure.DetainerSeverity or Measure.Education or Measure.VoluntarySurrender or Measure.Flag;

    public static bool IsIncidentMeasure(Measure m) => m is Measure.ViolenceHistory or Measure.EscapeHistory;

    public static bool IsBandMeasure(Measure m) =>
        m is Measure.CriminalHistoryPoints or Measure.Age or Measure.MonthsToRelease or Measure.SubstanceAbuse or Measure.Fact;
}
