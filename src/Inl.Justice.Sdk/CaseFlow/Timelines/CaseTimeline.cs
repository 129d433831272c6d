using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.Common;
using NodaTime;
using NodaTime.Text;

namespace Inl.Justice.CaseFlow.Timelines;

/// <summary>
/// A case's timeline at a moment: its events and the status of every applicable clock, drawn by <see cref="ToSvg"/> on a
/// date axis so that a clerk sees at once what is late. Immutable.
/// </summary>
public sealed class CaseTimeline
{
    private const double Width = 1100;
    private const double Left = 260;
    private const double Right = 130;
    private const double RowHeight = 22;

    private CaseTimeline(CourtCase courtCase, CourtCalendar? calendar, Instant asOf, ImmutableArray<ClockStatus> statuses)
    {
        Case = courtCase;
        Calendar = calendar;
        AsOf = asOf;
        Statuses = statuses;
    }

    /// <summary>Gets the case.</summary>
    public CourtCase Case { get; }

    /// <summary>Gets the calendar non-court days are shaded from, or <see langword="null"/>.</summary>
    public CourtCalendar? Calendar { get; }

    /// <summary>Gets the moment of the timeline.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the status of every applicable clock, by defendant then clock.</summary>
    public ImmutableArray<ClockStatus> Statuses { get; }

    /// <summary>Builds the timeline of <paramref name="courtCase"/> under <paramref name="clocks"/> at <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A clock needs a calendar and none is given.</exception>
    public static CaseTimeline Build(CourtCase courtCase, ClockSet clocks, CourtCalendar? calendar, Instant asOf)
    {
        Preconditions.CheckNotNull(courtCase, nameof(courtCase));
        Preconditions.CheckNotNull(clocks, nameof(clocks));
        return new CaseTimeline(courtCase, calendar, asOf, clocks.Evaluate(courtCase, calendar, asOf));
    }

    /// <summary>
    /// Draws the timeline as a standalone SVG document (plain text, invariant culture, no dependencies): the date axis
    /// with non-court days shaded, one row per event, one row per clock with its counted span, excluded periods
    /// (hatched), due date (diamond) and the part past the due date in red, and a dashed line at the moment of the view.
    /// </summary>
    public string ToSvg()
    {
        var zone = Case.TimeZone;
        var asOfDate = AsOf.InZone(zone).Date;
        var events = Case.Events.Where(e => e.Time.IsAtOrBefore(AsOf, zone)).OrderBy(e => e.Time.EarliestInstant(zone)).ToList();
        var dates = events.Select(e => e.Time.DateIn(zone))
            .Concat(Statuses.SelectMany(s => new[] { s.CountFrom, s.Due, s.StoppedAt?.DateIn(zone), s.Trigger?.DateIn(zone) }).OfType<LocalDate>())
            .Append(asOfDate).ToList();
        var from = dates.Min().PlusDays(-2);
        var to = dates.Max().PlusDays(3);
        if (Period.Between(from, to, PeriodUnits.Days).Days < 14)
        {
            to = from.PlusDays(14);
        }
        var totalDays = Period.Between(from, to, PeriodUnits.Days).Days + 1;
        var scale = (Width - Left - Right) / totalDays;
        double X(LocalDate d) => Left + (Period.Between(from, d, PeriodUnits.Days).Days * scale);
        double XAt(Instant i)
        {
            var local = i.InZone(zone);
            return X(local.Date) + (local.TimeOfDay.TickOfDay / (double)NodaConstants.TicksPerDay * scale);
        }
        double XOf(EventTime t) => t.Moment is { } m ? XAt(m) : X(t.DateIn(zone)) + (scale / 2);

        var axisY = 70.0;
        var eventsTop = axisY + 30;
        var clocksTop = eventsTop + (events.Count * RowHeight) + 20;
        var height = clocksTop + (Math.Max(Statuses.Length, 1) * (RowHeight + 6)) + 60;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{F(Width)}\" height=\"{F(height)}\" viewBox=\"0 0 {F(Width)} {F(height)}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append("<defs><pattern id=\"excluded\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#718096\" stroke-width=\"3\"/></pattern></defs>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        var late = Statuses.Count(s => s.IsLate);
        Text(svg, 12, 22, $"Case {Case.Id}{(Case.Court is null ? string.Empty : " — " + Case.Court)}", "font-size=\"15\" font-weight=\"bold\"");
        Text(svg, 12, 42, $"As of {AsOf.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({zone.Id}); {Statuses.Length} clock(s), {late} late", late > 0 ? "fill=\"#c53030\"" : "fill=\"#2d3748\"");

        // Non-court days, shaded across the chart.
        if (Calendar is not null)
        {
            for (var d = from; d <= to; d = d.PlusDays(1))
            {
                if (!Calendar.IsCourtDay(d))
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(X(d))}\" y=\"{F(axisY)}\" width=\"{F(scale)}\" height=\"{F(height - axisY - 40)}\" fill=\"#edf2f7\"><title>{Escape(Calendar.HolidayOn(d)?.ToString() ?? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + " " + d.DayOfWeek)}</title></rect>\n");
                }
            }
        }

        // Axis with about a dozen labelled ticks.
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(Left)}\" y1=\"{F(axisY)}\" x2=\"{F(Width - Right)}\" y2=\"{F(axisY)}\" stroke=\"#2d3748\"/>\n");
        var step = Math.Max(1, (int)Math.Ceiling(totalDays / 12.0));
        for (var i = 0; i < totalDays; i += step)
        {
            var d = from.PlusDays(i);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(d))}\" y1=\"{F(axisY - 4)}\" x2=\"{F(X(d))}\" y2=\"{F(axisY + 4)}\" stroke=\"#2d3748\"/>\n");
            Text(svg, X(d), axisY - 8, d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), "text-anchor=\"middle\" font-size=\"10\"");
        }

        // Events.
        Text(svg, 12, eventsTop - 8, "Events", "font-weight=\"bold\"");
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var y = eventsTop + (i * RowHeight) + (RowHeight / 2);
            var label = e.Kind + (e.Defendant is { } d ? $" ({d})" : string.Empty);
            Text(svg, 12, y + 4, label);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(XOf(e.Time))}\" cy=\"{F(y)}\" r=\"5\" fill=\"#2d3748\"><title>{Escape($"{label}: {e.Time.ToString(zone)}{(e.Note is null ? string.Empty : " — " + e.Note)}")}</title></circle>\n");
            Text(svg, XOf(e.Time) + 8, y + 4, e.Time.ToString(zone), "font-size=\"10\" fill=\"#4a5568\"");
        }

        // Clocks.
        Text(svg, 12, clocksTop - 8, "Clocks", "font-weight=\"bold\"");
        for (var i = 0; i < Statuses.Length; i++)
        {
            var s = Statuses[i];
            var y = clocksTop + (i * (RowHeight + 6));
            var color = s.IsLate ? "#c53030" : s.State switch
            {
                ClockState.Running => "#2b6cb0",
                ClockState.Met or ClockState.Elapsed => "#2f855a",
                _ => "#a0aec0",
            };
            Text(svg, 12, y + 15, $"{s.ClockId} ({s.Defendant}) {s.State}", $"fill=\"{color}\"");
            if (s.Trigger is not { } trigger || s.Due is not { } due)
            {
                Text(svg, Left + 4, y + 15, "not started", "fill=\"#718096\" font-style=\"italic\"");
                continue;
            }
            var start = XOf(trigger);
            var dueX = s.DueAt is { } at ? XAt(at) : X(due.PlusDays(1));
            var endX = s.StoppedAt is { } stopped ? XOf(stopped) : s.State == ClockState.Elapsed ? dueX : XAt(AsOf);
            var title = Escape($"{s.Title}: {s.Limit} from {s.TriggerEvent} {trigger.ToString(zone)}, due {(s.DueAt is { } a ? a.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) : due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))}; {s.State}; {s.Citation}");
            var onTime = Math.Min(endX, dueX);
            var baseColor = s.State == ClockState.Running || s.State == ClockState.Overdue ? "#2b6cb0" : s.State == ClockState.Ended ? "#a0aec0" : "#2f855a";
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(start)}\" y=\"{F(y + 4)}\" width=\"{F(Math.Max(onTime - start, 1))}\" height=\"14\" fill=\"{baseColor}\" opacity=\"0.85\"><title>{title}</title></rect>\n");
            if (endX > dueX && s.Direction == ClockDirection.Deadline)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(dueX)}\" y=\"{F(y + 4)}\" width=\"{F(endX - dueX)}\" height=\"14\" fill=\"#c53030\"><title>{Escape(LateText(s))}</title></rect>\n");
            }
            foreach (var p in s.ExcludedPeriods)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(X(p.Start))}\" y=\"{F(y + 4)}\" width=\"{F(X(p.End.PlusDays(1)) - X(p.Start))}\" height=\"14\" fill=\"url(#excluded)\" stroke=\"#4a5568\" stroke-width=\"0.5\"><title>{Escape($"excluded {p.Start:uuuu-MM-dd}..{p.End:uuuu-MM-dd} ({p.Length} days)")}</title></rect>\n");
            }
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M {F(dueX)} {F(y + 1)} l 6 10 l -6 10 l -6 -10 z\" fill=\"#1a202c\"><title>{Escape("due " + (s.DueAt is { } da ? da.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture) : due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)) + (s.RolledBecause is null ? string.Empty : " (rolled: " + s.RolledBecause + ")"))}</title></path>\n");
            var label = s.IsLate ? LateText(s) : s.State == ClockState.Running ? RemainingText(s) : $"due {due:uuuu-MM-dd}";
            Text(svg, Math.Max(dueX, endX) + 9, y + 15, label, $"font-size=\"10\" fill=\"{color}\"");
        }

        // The moment of the view.
        var nowX = XAt(AsOf);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(nowX)}\" y1=\"{F(axisY)}\" x2=\"{F(nowX)}\" y2=\"{F(height - 40)}\" stroke=\"#c53030\" stroke-dasharray=\"4 3\"/>\n");
        Text(svg, nowX, height - 28, "as of " + asOfDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), "text-anchor=\"middle\" fill=\"#c53030\" font-size=\"10\"");
        Text(svg, 12, height - 10, "Blue: running. Green: met. Grey: ended. Red: late. Hatched: excluded periods. Diamond: due date. Shaded: non-court days.", "font-size=\"10\" fill=\"#4a5568\"");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string LateText(ClockStatus s) =>
        s.Direction == ClockDirection.NotBefore
            ? string.Create(CultureInfo.InvariantCulture, $"{s.DaysOverdue} day(s) too early")
            : s.DueAt is not null
                ? $"{ClockStatus.Hours(s.TimeOverdue)} late"
                : string.Create(CultureInfo.InvariantCulture, $"{s.DaysOverdue} day(s) late");

    private static string RemainingText(ClockStatus s) =>
        s.DueAt is not null ? $"{ClockStatus.Hours(s.TimeRemaining)} left" : string.Create(CultureInfo.InvariantCulture, $"{s.DaysRemaining} day(s) left");

    private static void Text(StringBuilder svg, double x, double y, string text, string? attributes = null) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y)}\"{(attributes is null ? string.Empty : " " + attributes)}>{Escape(text)}</text>\n");

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ when c < 0x20 && c is not ('\t' or '\n' or '\r') => " ",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>Formats the instant for people, e.g. <c>2025-01-06T15:30:00Z</c>.</summary>
    public override string ToString() => $"Timeline of {Case.Id} as of {InstantPattern.General.Format(AsOf)}: {Statuses.Length} clock(s)";
}
