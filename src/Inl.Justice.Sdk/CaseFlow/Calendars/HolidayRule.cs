using System;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.CaseFlow.Calendars;

/// <summary>A public holiday as a calendar pack defines it: how its date is found, how it is observed, and in which years.</summary>
public sealed record HolidayRule
{
    /// <summary>Gets the rule's id within the calendar, e.g. <c>independence-day</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the holiday's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets how the actual date is found.</summary>
    public required HolidayRuleKind Kind { get; init; }

    /// <summary>Gets the month (1–12) for month-based rules; 0 for Easter-relative rules.</summary>
    public int Month { get; init; }

    /// <summary>Gets the day of the month for <see cref="HolidayRuleKind.Fixed"/>.</summary>
    public int Day { get; init; }

    /// <summary>Gets the weekday for <see cref="HolidayRuleKind.NthWeekday"/> and <see cref="HolidayRuleKind.LastWeekday"/>.</summary>
    public IsoDayOfWeek Weekday { get; init; }

    /// <summary>Gets n (1–4) for <see cref="HolidayRuleKind.NthWeekday"/>.</summary>
    public int Nth { get; init; }

    /// <summary>Gets the days from Easter Sunday for <see cref="HolidayRuleKind.Easter"/>.</summary>
    public int OffsetDays { get; init; }

    /// <summary>Gets how the holiday is observed when it falls on a weekend.</summary>
    public required ObservedRule Observed { get; init; }

    /// <summary>Gets the first year the holiday applies, or <see langword="null"/>.</summary>
    public int? FromYear { get; init; }

    /// <summary>Gets the last year the holiday applies, or <see langword="null"/>.</summary>
    public int? ToYear { get; init; }

    /// <summary>Gets the provision that makes the day a holiday.</summary>
    public required Citation Citation { get; init; }

    /// <summary>Whether the holiday applies in <paramref name="year"/>.</summary>
    public bool AppliesIn(int year) => (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear);

    /// <summary>The actual date in <paramref name="year"/> (before any observed-date rule).</summary>
    public LocalDate ActualDate(int year) => Kind switch
    {
        HolidayRuleKind.Fixed => new LocalDate(year, Month, Day),
        HolidayRuleKind.NthWeekday => new LocalDate(year, Month, 1).PlusDays(-1).Next(Weekday).PlusWeeks(Nth - 1),
        HolidayRuleKind.LastWeekday => new LocalDate(year, Month, 1).PlusMonths(1).Previous(Weekday),
        HolidayRuleKind.Easter => EasterSunday(year).PlusDays(OffsetDays),
        _ => throw new InvalidOperationException($"Unknown holiday rule kind {Kind}"),
    };

    /// <summary>Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static LocalDate EasterSunday(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1583, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
