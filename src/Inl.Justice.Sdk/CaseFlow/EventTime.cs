using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Inl.Justice.CaseFlow;

/// <summary>
/// When a case event happened: a moment (<see cref="Instant"/>, e.g. an arrest at 14:30) or a court day
/// (<see cref="LocalDate"/>, e.g. an indictment filed on 2025-01-30). Dates are read in the court's time zone.
/// </summary>
public readonly record struct EventTime
{
    private readonly Instant? moment;
    private readonly LocalDate date;

    private EventTime(Instant? moment, LocalDate date)
    {
        this.moment = moment;
        this.date = date;
    }

    /// <summary>A moment.</summary>
    public static EventTime At(Instant moment) => new(moment, default);

    /// <summary>A court day, without a time.</summary>
    public static EventTime On(LocalDate date) => new(null, date);

    /// <summary>Gets the moment, or <see langword="null"/> when only the day is known.</summary>
    public Instant? Moment => moment;

    /// <summary>Gets a value indicating whether only the day is known.</summary>
    public bool IsDateOnly => moment is null;

    /// <summary>Gets the day in <paramref name="zone"/>.</summary>
    public LocalDate DateIn(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return moment is { } m ? m.InZone(zone).Date : date;
    }

    /// <summary>Gets the moment, or for a day the start of that day in <paramref name="zone"/> (the earliest moment it may stand for).</summary>
    public Instant EarliestInstant(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return moment ?? zone.AtStartOfDay(date).ToInstant();
    }

    /// <summary>
    /// Compares two event times in <paramref name="zone"/>: moments by instant; otherwise by day, a day and any moment on
    /// that day comparing equal.
    /// </summary>
    public static int Compare(EventTime a, EventTime b, DateTimeZone zone) =>
        a.moment is { } x && b.moment is { } y ? x.CompareTo(y) : a.DateIn(zone).CompareTo(b.DateIn(zone));

    /// <summary>Whether this time is at or before <paramref name="asOf"/> (a day is at or before any moment on or after that day).</summary>
    public bool IsAtOrBefore(Instant asOf, DateTimeZone zone) =>
        moment is { } m ? m <= asOf : date <= asOf.InZone(zone).Date;

    /// <summary>Formats as ISO-8601: <c>2025-01-06T15:30:00Z</c> or <c>2025-01-30</c>.</summary>
    public override string ToString() =>
        moment is { } m ? InstantPattern.General.Format(m) : LocalDatePattern.Iso.Format(date);

    /// <summary>Formats for a person in <paramref name="zone"/>: <c>2025-01-06 10:30</c> or <c>2025-01-30</c>.</summary>
    public string ToString(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return moment is { } m
            ? m.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : LocalDatePattern.Iso.Format(date);
    }
}
