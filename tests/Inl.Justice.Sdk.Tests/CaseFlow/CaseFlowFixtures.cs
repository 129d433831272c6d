using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inl.Justice.CaseFlow;
using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using NodaTime;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>The embedded case-flow packs and small builders of cases.</summary>
internal static class CaseFlowFixtures
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone Nairobi = DateTimeZoneProviders.Tzdb["Africa/Nairobi"];
    public static readonly DateTimeZone Johannesburg = DateTimeZoneProviders.Tzdb["Africa/Johannesburg"];
    public static readonly DateTimeZone Kolkata = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];
    public static readonly DateTimeZone Bogota = DateTimeZoneProviders.Tzdb["America/Bogota"];

    public static readonly PersonId D1 = new("D1");
    public static readonly PersonId D2 = new("D2");

    private static readonly JsonDocumentOptions Comments = new() { CommentHandling = JsonCommentHandling.Skip };

    public static CourtCalendar UsCourts { get; } = RulePackCatalog.Default.Latest<CourtCalendar>("us-federal-courts");

    public static CourtCalendar KenyaCourts { get; } = RulePackCatalog.Default.Latest<CourtCalendar>("ke-courts");

    public static CourtCalendar SouthAfricaCourts { get; } = RulePackCatalog.Default.Latest<CourtCalendar>("za-courts");

    public static ClockSet UsClocks { get; } = RulePackCatalog.Default.Latest<ClockSet>("us-federal-criminal-clocks");

    public static ClockSet KenyaClocks { get; } = RulePackCatalog.Default.Latest<ClockSet>("ke-criminal-clocks");

    public static ClockSet SouthAfricaClocks { get; } = RulePackCatalog.Default.Latest<ClockSet>("za-criminal-clocks");

    public static ClockSet IndiaClocks { get; } = RulePackCatalog.Default.Latest<ClockSet>("in-crpc-clocks");

    public static ClockSet ColombiaClocks { get; } = RulePackCatalog.Default.Latest<ClockSet>("co-cpp-clocks");

    public static ClockSet UnClocks { get; } = RulePackCatalog.Default.Latest<ClockSet>("un-iccpr-custody-clocks");

    public static JsonObject PackJson(string id) => JsonNode.Parse(RulePackCatalog.EmbeddedJson(id).ToArray(), documentOptions: Comments)!.AsObject();

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public static CourtCase Case(DateTimeZone zone, params CaseEvent[] events) => new()
    {
        Id = "T-1",
        TimeZone = zone,
        Defendants = [new Defendant(D1)],
        Events = [.. events],
    };

    public static CourtCase WithExclusions(this CourtCase c, params (string Reason, LocalDate From, LocalDate To)[] periods) =>
        c with { Exclusions = [.. c.Exclusions, .. periods.Select(p => new ExcludedPeriod(p.Reason, new DateInterval(p.From, p.To)))] };

    public static CaseEvent On(CaseEventKind kind, int year, int month, int day, PersonId? defendant = null) =>
        new(kind, EventTime.On(new LocalDate(year, month, day)), defendant);

    public static CaseEvent Local(CaseEventKind kind, DateTimeZone zone, int year, int month, int day, int hour, int minute = 0, PersonId? defendant = null) =>
        new(kind, EventTime.At(new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone).ToInstant()), defendant);

    public static LocalDate Date(int year, int month, int day) => new(year, month, day);

    public static ClockStatus Status(ClockSet set, string clock, CourtCase c, CourtCalendar? calendar, LocalDate asOf) =>
        set[clock].Status(c, D1, calendar, asOf) ?? throw new InvalidOperationException($"{clock} does not apply");

    public static LocalDateTime LocalDue(ClockStatus s, DateTimeZone zone) => s.DueAt!.Value.InZone(zone).LocalDateTime;
}
