using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.RulePacks;
using NodaTime;
using NodaTime.Text;

namespace Inl.Justice.CaseFlow.Timelines;

/// <summary>
/// The status of every applicable clock of a docket at one moment, or at the end of one date in each court's time zone,
/// in docket order (case, defendant, clock).
/// </summary>
/// <param name="AsOf">The moment of the report, or <see langword="null"/> when it is a date.</param>
/// <param name="AsOfDate">The date of the report (the end of that day in each court's time zone), or <see langword="null"/> when it is a moment.</param>
/// <param name="Statuses">The statuses.</param>
public sealed record DeadlineReport(Instant? AsOf, LocalDate? AsOfDate, ImmutableArray<ClockStatus> Statuses)
{
    /// <summary>Gets the statuses.</summary>
    public ImmutableArray<ClockStatus> Statuses { get; init; } = Statuses.IsDefault ? [] : Statuses;

    /// <summary>Gets the number of clocks overdue now.</summary>
    public int OverdueCount => Statuses.Count(s => s.State == ClockState.Overdue);

    /// <summary>Gets the number of clocks stopped or ended too late (or, for minimum periods, too early).</summary>
    public int MissedCount => Statuses.Count(s => s.State == ClockState.Missed);

    /// <summary>Value equality, including the statuses.</summary>
    public bool Equals(DeadlineReport? other) => other is not null && AsOf == other.AsOf && AsOfDate == other.AsOfDate && Statuses.SequenceEqual(other.Statuses);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AsOf, Statuses.Length);

    /// <summary>Describes the report: a heading with the counts, then one line per clock.</summary>
    public string ToSummary()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Deadlines as of {When}: {Statuses.Length} clock(s), {OverdueCount} overdue, {MissedCount} missed.");
        foreach (var s in Statuses)
        {
            text.Append("\n  ").Append(s);
        }
        return text.Append('\n').ToString();
    }

    private string When => AsOf is { } at ? InstantPattern.General.Format(at)
        : AsOfDate is { } d ? "the end of " + LocalDatePattern.Iso.Format(d) + " (each court's time zone)" : "-";

    /// <summary>Writes the report as indented UTF-8 JSON: per case, per clock, <c>due</c>, <c>status</c>, <c>daysRemaining</c> or <c>daysOverdue</c>, <c>excludedDays</c> and <c>citation</c>.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        new DeadlineReportJson(AsOf, AsOfDate, [.. Statuses.GroupBy(s => s.CaseId, StringComparer.Ordinal).Select(g => new DeadlineCaseJson(g.Key, [.. g.Select(Line)]))]),
        DeadlineReportJsonContext.Default.DeadlineReportJson);

    private static DeadlineJson Line(ClockStatus s) => new(
        s.ClockId,
        s.Title,
        s.Defendant.Value,
        s.Pack,
        s.State,
        s.Limit.ToString(),
        CitationJson.From(s.Citation),
        s.Due,
        s.DueAt,
        s.Trigger?.ToString(),
        s.TriggerEvent,
        s.StoppedBy,
        s.StoppedAt?.ToString(),
        s.DaysRemaining,
        s.DaysOverdue,
        s.TimeRemaining is { } r ? Math.Round(r.TotalHours, 2) : null,
        s.TimeOverdue is { } o ? Math.Round(o.TotalHours, 2) : null,
        s.ExcludedDays,
        s.UnrolledDue,
        s.RolledBecause,
        s.Episode > 1 ? s.Episode : null);
}
