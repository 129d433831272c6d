using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Inl.Justice.CaseFlow.Calendars;

/// <summary>
/// A court calendar (rule pack kind <c>court-calendar</c>): the weekend days, public holidays with their observed-date
/// rules, ordinary court hours and ad-hoc closures. A court day is a day that is none of these. A court adds its own
/// closures by publishing a new version of the pack (or its own pack) — the calendar is data. Immutable and thread-safe.
/// </summary>
public sealed class CourtCalendar : IRulePack<CourtCalendar>
{
    /// <summary>The <c>header.kind</c> of calendar packs.</summary>
    public const string Kind = "court-calendar";

    private const int MinYear = 1600;
    private const int MaxYear = 9000;

    private readonly CourtCalendarJson document;
    private readonly bool[] weekend = new bool[8];
    private readonly ConcurrentDictionary<int, FrozenDictionary<LocalDate, Holiday>> years = new();

    private CourtCalendar(RulePackHeader header, CourtCalendarJson document, ImmutableArray<IsoDayOfWeek> weekendDays, Citation weekendCitation,
        ImmutableArray<HolidayRule> holidays, ImmutableArray<Holiday> closures, CourtHours? hours)
    {
        Header = header;
        this.document = document;
        WeekendDays = weekendDays;
        WeekendCitation = weekendCitation;
        Holidays = holidays;
        Closures = closures;
        Hours = hours;
        foreach (var d in weekendDays)
        {
            weekend[(int)d] = true;
        }
    }

    /// <inheritdoc/>
    public static string PackKind => Kind;

    /// <inheritdoc/>
    public RulePackHeader Header { get; }

    /// <summary>Gets the days of the week courts do not sit.</summary>
    public ImmutableArray<IsoDayOfWeek> WeekendDays { get; }

    /// <summary>Gets the provision that makes the weekend days non-court days.</summary>
    public Citation WeekendCitation { get; }

    /// <summary>Gets the public-holiday rules, in pack order.</summary>
    public ImmutableArray<HolidayRule> Holidays { get; }

    /// <summary>Gets the ad-hoc closures, one entry per day closed, in date order.</summary>
    public ImmutableArray<Holiday> Closures { get; }

    /// <summary>Gets the ordinary court hours, or <see langword="null"/> when the pack does not define them.</summary>
    public CourtHours? Hours { get; }

    /// <summary>Reads, validates and compiles a calendar pack, reporting every problem with its JSON path.</summary>
    /// <param name="utf8Json">The pack as UTF-8 JSON (a byte-order mark is allowed; comments are skipped).</param>
    /// <param name="source">A label for problems, such as the file name.</param>
    public static Validated<CourtCalendar> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null) =>
        RulePackLoader.Load(utf8Json, source, CourtCalendarJsonContext.Default.CourtCalendarJson, Kind, Compile);

    /// <summary>Reads, validates and compiles a calendar pack.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    public static CourtCalendar Load(ReadOnlyMemory<byte> utf8Json, string? source = null) => TryLoad(utf8Json, source).Value;

    /// <summary>Reads, validates and compiles a calendar pack from a file.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CourtCalendar LoadFile(string path) => Load(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Gets the JSON Schema of calendar packs (published as <c>docs/schemas/court-calendar.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        CourtCalendarJsonContext.Default.CourtCalendarJson,
        "https://inl-justice-sdk/schemas/court-calendar.schema.json",
        "Inl.Justice.Sdk court-calendar rule pack",
        "The days a court does not sit: weekend days, public holidays (fixed date, n-th or last weekday of a month, Easter-relative) with their observed-date rule, ad-hoc closures, and optionally ordinary court hours, each citing its provision. Rules the schema cannot express (the fields each rule kind needs, valid dates, unique ids, known sources) are checked by the loader; see docs/caseflow.md.");

    /// <summary>Writes the pack back as UTF-8 JSON; loading the result gives a calendar with identical behaviour.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(document, CourtCalendarJsonContext.Default.CourtCalendarJson);

    /// <summary>Whether courts sit on <paramref name="date"/>: not a weekend day, holiday (actual or observed date) or closure.</summary>
    public bool IsCourtDay(LocalDate date) => !weekend[(int)date.DayOfWeek] && !HolidaysOf(date.Year).ContainsKey(date);

    /// <summary>The first court day strictly after <paramref name="date"/>.</summary>
    public LocalDate NextCourtDay(LocalDate date)
    {
        var d = date.PlusDays(1);
        while (!IsCourtDay(d))
        {
            d = d.PlusDays(1);
        }
        return d;
    }

    /// <summary>The last court day strictly before <paramref name="date"/>.</summary>
    public LocalDate PreviousCourtDay(LocalDate date)
    {
        var d = date.PlusDays(-1);
        while (!IsCourtDay(d))
        {
            d = d.PlusDays(-1);
        }
        return d;
    }

    /// <summary>The holiday or closure on <paramref name="date"/>, or <see langword="null"/> (weekends are not holidays).</summary>
    public Holiday? HolidayOn(LocalDate date) => HolidaysOf(date.Year).TryGetValue(date, out var h) ? h : null;

    /// <summary>Every day of <paramref name="year"/> closed for a holiday (at its observed date) or a closure, in date order.</summary>
    public ImmutableArray<Holiday> HolidaysIn(int year) => [.. HolidaysOf(year).Values.OrderBy(h => h.Date)];

    /// <summary>Why <paramref name="date"/> is not a court day (<c>Saturday</c>, a holiday's name), or <see langword="null"/> when it is one.</summary>
    public string? WhyClosed(LocalDate date) =>
        HolidayOn(date) is { } h ? h.ToString() : weekend[(int)date.DayOfWeek] ? date.DayOfWeek.ToString() : null;

    private FrozenDictionary<LocalDate, Holiday> HolidaysOf(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        return years.GetOrAdd(year, Build);
    }

    private FrozenDictionary<LocalDate, Holiday> Build(int year)
    {
        // Observed dates can cross a year's end (1 January on a Saturday is observed on 31 December), so the years
        // either side are computed and the result filtered.
        var days = new Dictionary<LocalDate, Holiday>();
        for (var y = year - 1; y <= year + 1; y++)
        {
            var actual = Holidays.Where(r => r.AppliesIn(y)).Select(r => (Rule: r, Date: r.ActualDate(y))).OrderBy(x => x.Date).ToList();
            var taken = new HashSet<LocalDate>(actual.Select(x => x.Date));
            foreach (var (rule, date) in actual)
            {
                var observed = Observe(rule.Observed, date, taken);
                var day = new Holiday(observed, rule.Id, rule.Name, observed != date, rule.Citation);
                if (observed != date)
                {
                    taken.Add(observed);
                    // The actual date of a moved holiday is not itself closed, except when it is a weekend day anyway.
                }
                if (observed.Year == year)
                {
                    days.TryAdd(observed, day);
                }
            }
        }
        foreach (var c in Closures.Where(c => c.Date.Year == year))
        {
            days.TryAdd(c.Date, c);
        }
        return days.ToFrozenDictionary();
    }

    private LocalDate Observe(ObservedRule rule, LocalDate date, HashSet<LocalDate> taken)
    {
        switch (rule)
        {
            case ObservedRule.SaturdayToFridaySundayToMonday:
                return date.DayOfWeek switch
                {
                    IsoDayOfWeek.Saturday => date.PlusDays(-1),
                    IsoDayOfWeek.Sunday => date.PlusDays(1),
                    _ => date,
                };
            case ObservedRule.SundayToMonday:
                return date.DayOfWeek == IsoDayOfWeek.Sunday ? date.PlusDays(1) : date;
            case ObservedRule.WeekendToNextFreeWeekday:
                if (!weekend[(int)date.DayOfWeek])
                {
                    return date;
                }
                var d = date.PlusDays(1);
                while (weekend[(int)d.DayOfWeek] || taken.Contains(d))
                {
                    d = d.PlusDays(1);
                }
                return d;
            case ObservedRule.SundayToNextFreeDay:
                if (date.DayOfWeek != IsoDayOfWeek.Sunday)
                {
                    return date;
                }
                var free = date.PlusDays(1);
                while (taken.Contains(free))
                {
                    free = free.PlusDays(1);
                }
                return free;
            case ObservedRule.NextMonday:
                return date.DayOfWeek == IsoDayOfWeek.Monday ? date : date.Next(IsoDayOfWeek.Monday);
            default:
                return date;
        }
    }

    private static CourtCalendar? Compile(CourtCalendarJson doc, RulePackHeader? header, ProblemSink problems)
    {
        var before = problems.Count;
        Citation? Cite(CitationJson? json, string path) => CitationJson.Compile(json, path, doc.Header, problems);

        var weekendCitation = Cite(doc.Weekend.Citation, "$.weekend.citation");
        for (var i = 0; i < doc.Weekend.Days.Length; i++)
        {
            var day = doc.Weekend.Days[i];
            if (day == IsoDayOfWeek.None)
            {
                problems.Add(JsonShape.Index("$.weekend.days", i), "'None' is not a day of the week");
            }
            else if (Array.IndexOf(doc.Weekend.Days, day) < i)
            {
                problems.Add(JsonShape.Index("$.weekend.days", i), $"duplicate weekend day '{day}'");
            }
        }
        if (doc.Weekend.Days.Distinct().Count() >= 7)
        {
            problems.Add("$.weekend.days", "at least one day of the week must be a court day");
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        void CheckId(string id, string path)
        {
            if (!RulePackHeaderJson.IsPackId(id))
            {
                problems.Add(path, $"'{id}' is not an id (lower-case letters, digits, '.', '-', '_'; 3 to 80 characters, starting with a letter)");
            }
            else if (!ids.TryAdd(id, path))
            {
                problems.Add(path, $"duplicate id '{id}' (also at {ids[id]})");
            }
        }

        var rules = ImmutableArray.CreateBuilder<HolidayRule>();
        for (var i = 0; i < doc.Holidays.Length; i++)
        {
            var h = doc.Holidays[i];
            var path = JsonShape.Index("$.holidays", i);
            var start = problems.Count;
            CheckId(h.Id, path + ".id");
            if (string.IsNullOrWhiteSpace(h.Name))
            {
                problems.Add(path + ".name", "a name is required");
            }
            var citation = Cite(h.Citation, path + ".citation");
            void Need(object? value, string name)
            {
                if (value is null)
                {
                    problems.Add(path, $"a {h.Rule} holiday needs '{name}'");
                }
            }
            void Forbid(object? value, string name)
            {
                if (value is not null)
                {
                    problems.Add(JsonShape.Child(path, name), $"a {h.Rule} holiday does not use '{name}'");
                }
            }
            switch (h.Rule)
            {
                case HolidayRuleKind.Fixed:
                    Need(h.Month, "month"); Need(h.Day, "day"); Forbid(h.Weekday, "weekday"); Forbid(h.Nth, "nth"); Forbid(h.OffsetDays, "offsetDays");
                    if (h.Month is { } m && h.Day is { } d && (m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(2001, m)))
                    {
                        problems.Add(path + ".day", $"{m}-{d} is not a day of every year (month 1-12, day within the month; 29 February is not allowed)");
                    }
                    break;
                case HolidayRuleKind.NthWeekday:
                case HolidayRuleKind.LastWeekday:
                    Need(h.Month, "month"); Need(h.Weekday, "weekday"); Forbid(h.Day, "day"); Forbid(h.OffsetDays, "offsetDays");
                    if (h.Rule == HolidayRuleKind.NthWeekday)
                    {
                        Need(h.Nth, "nth");
                        if (h.Nth is < 1 or > 4)
                        {
                            problems.Add(path + ".nth", $"must be 1 to 4 (found {h.Nth}); use LastWeekday for the last one");
                        }
                    }
                    else
                    {
                        Forbid(h.Nth, "nth");
                    }
                    if (h.Month is < 1 or > 12)
                    {
                        problems.Add(path + ".month", $"must be 1 to 12 (found {h.Month})");
                    }
                    if (h.Weekday == IsoDayOfWeek.None)
                    {
                        problems.Add(path + ".weekday", "'None' is not a day of the week");
                    }
                    break;
                case HolidayRuleKind.Easter:
                    Need(h.OffsetDays, "offsetDays"); Forbid(h.Month, "month"); Forbid(h.Day, "day"); Forbid(h.Weekday, "weekday"); Forbid(h.Nth, "nth");
                    if (h.OffsetDays is < -100 or > 100)
                    {
                        problems.Add(path + ".offsetDays", $"must be within ±100 days of Easter (found {h.OffsetDays})");
                    }
                    break;
            }
            if (h.FromYear is < MinYear or > MaxYear || h.ToYear is < MinYear or > MaxYear)
            {
                problems.Add(path, $"fromYear and toYear must lie within {MinYear}-{MaxYear}");
            }
            else if (h.FromYear is { } fy && h.ToYear is { } ty && ty < fy)
            {
                problems.Add(path + ".toYear", $"{ty} is before fromYear {fy}");
            }
            if (problems.Count == start && citation is not null)
            {
                rules.Add(new HolidayRule
                {
                    Id = h.Id,
                    Name = h.Name,
                    Kind = h.Rule,
                    Month = h.Month ?? 0,
                    Day = h.Day ?? 0,
                    Weekday = h.Weekday ?? IsoDayOfWeek.None,
                    Nth = h.Nth ?? 0,
                    OffsetDays = h.OffsetDays ?? 0,
                    Observed = h.Observed,
                    FromYear = h.FromYear,
                    ToYear = h.ToYear,
                    Citation = citation,
                });
            }
        }

        var closures = new List<Holiday>();
        for (var i = 0; i < (doc.Closures?.Length ?? 0); i++)
        {
            var c = doc.Closures![i];
            var path = JsonShape.Index("$.closures", i);
            var start = problems.Count;
            CheckId(c.Id, path + ".id");
            if (string.IsNullOrWhiteSpace(c.Reason))
            {
                problems.Add(path + ".reason", "a reason is required");
            }
            if (c.To < c.From)
            {
                problems.Add(path + ".to", $"{c.To:uuuu-MM-dd} is before from {c.From:uuuu-MM-dd}");
            }
            else if (Period.Between(c.From, c.To, PeriodUnits.Days).Days > 366)
            {
                problems.Add(path + ".to", "a closure lasts at most 366 days");
            }
            else if (c.From.Year < MinYear || c.To.Year > MaxYear)
            {
                problems.Add(path, $"a closure lies within {MinYear}-{MaxYear}");
            }
            var citation = Cite(c.Citation, path + ".citation");
            if (problems.Count == start && citation is not null)
            {
                for (var d = c.From; d <= c.To; d = d.PlusDays(1))
                {
                    closures.Add(new Holiday(d, c.Id, c.Reason, false, citation));
                }
            }
        }

        CourtHours? hours = null;
        if (doc.CourtHours is { } ch)
        {
            var opens = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(ch.Opens);
            var closes = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(ch.Closes);
            if (!opens.Success)
            {
                problems.Add("$.courtHours.opens", $"'{ch.Opens}' is not a time of day in the form HH:mm");
            }
            if (!closes.Success)
            {
                problems.Add("$.courtHours.closes", $"'{ch.Closes}' is not a time of day in the form HH:mm");
            }
            if (opens.Success && closes.Success && closes.Value <= opens.Value)
            {
                problems.Add("$.courtHours.closes", $"{ch.Closes} is not after opens {ch.Opens}");
            }
            var citation = Cite(ch.Citation, "$.courtHours.citation");
            if (opens.Success && closes.Success && citation is not null)
            {
                hours = new CourtHours(opens.Value, closes.Value, citation);
            }
        }

        if (problems.Count > before || header is null || weekendCitation is null)
        {
            return null;
        }
        return new CourtCalendar(header, doc, [.. doc.Weekend.Days.Distinct().Order()], weekendCitation, rules.ToImmutable(),
            [.. closures.OrderBy(c => c.Date)], hours);
    }
}
