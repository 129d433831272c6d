using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.Common;
using NodaTime;
using Xunit;
using static Inl.Justice.Tests.CaseFlow.CaseFlowFixtures;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>The embedded calendars for 2024–2030 and the holiday rules, with examples from their sources.</summary>
public sealed class CourtCalendarTests
{
    public static TheoryData<int, int, int> EasterSundays() => new()
    {
        { 2024, 3, 31 }, { 2025, 4, 20 }, { 2026, 4, 5 }, { 2027, 3, 28 }, { 2028, 4, 16 }, { 2029, 4, 1 }, { 2030, 4, 21 },
    };

    [Theory]
    [MemberData(nameof(EasterSundays))]
    public void Easter_Sunday_2024_to_2030(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), HolidayRule.EasterSunday(year));

    [Fact]
    public void Easter_is_always_a_Sunday_between_22_March_and_25_April()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var easter = HolidayRule.EasterSunday(year);
            Assert.Equal(IsoDayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new LocalDate(year, 3, 22), new LocalDate(year, 4, 25));
        }
    }

    // 5 U.S.C. §6103: eleven holidays; a Saturday holiday is observed on the Friday, a Sunday holiday on the Monday.
    [Theory]
    [InlineData(2025, 1, 20, "Birthday of Martin Luther King, Jr.", false)]
    [InlineData(2025, 5, 26, "Memorial Day", false)]
    [InlineData(2025, 11, 27, "Thanksgiving Day", false)]
    [InlineData(2026, 7, 3, "Independence Day", true)]       // 4 July 2026 is a Saturday
    [InlineData(2027, 6, 18, "Juneteenth National Independence Day", true)]
    [InlineData(2027, 12, 24, "Christmas Day", true)]
    [InlineData(2027, 12, 31, "New Year's Day", true)]       // 1 January 2028 is a Saturday: observed in 2027
    [InlineData(2029, 11, 12, "Veterans Day", true)]         // 11 November 2029 is a Sunday
    [InlineData(2030, 10, 14, "Columbus Day", false)]
    public void US_federal_holidays_fall_on_their_observed_days(int y, int m, int d, string name, bool observed)
    {
        var holiday = UsCourts.HolidayOn(new LocalDate(y, m, d));
        Assert.NotNull(holiday);
        Assert.Equal(name, holiday.Name);
        Assert.Equal(observed, holiday.IsObservedDate);
        Assert.False(UsCourts.IsCourtDay(new LocalDate(y, m, d)));
    }

    [Fact]
    public void Every_year_2024_to_2030_has_the_eleven_US_holidays_on_weekdays()
    {
        for (var year = 2024; year <= 2030; year++)
        {
            // Observed New Year's Day can fall in the previous December, so count rules over the year's own holidays
            // and the next year's New Year observed in this December.
            var days = UsCourts.HolidaysIn(year).Where(h => h.Id != "carter-day-of-mourning").ToList();
            var ids = days.Select(h => h.Id).ToList();
            Assert.All(days, h => Assert.False(h.Date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday, h.ToString()));
            var expected = 11 + (ids.Count(i => i == "new-years-day") - 1);
            Assert.Equal(expected, days.Count);
            Assert.Equal(10, ids.Distinct().Count(i => i != "new-years-day"));
        }
        Assert.Equal(2, UsCourts.HolidaysIn(2027).Count(h => h.Id == "new-years-day"));
        Assert.Empty(UsCourts.HolidaysIn(2028).Where(h => h.Id == "new-years-day"));
    }

    [Fact]
    public void A_presidential_closure_is_a_non_court_day()
    {
        var day = new LocalDate(2025, 1, 9);
        Assert.False(UsCourts.IsCourtDay(day));
        Assert.Equal("National Day of Mourning for President Jimmy Carter", UsCourts.HolidayOn(day)!.Name);
        Assert.Equal(Verification.Secondary, UsCourts.HolidayOn(day)!.Citation.Verification);
    }

    // Kenya, Public Holidays Act s.4, as applied in the gazette notices reported in December 2022: Christmas on Sunday
    // 25 December 2022 was kept on Tuesday 27 December (Monday was Boxing Day), New Year's Day 2023 on Monday 2 January.
    [Fact]
    public void Kenya_moves_a_Sunday_holiday_to_the_next_day_that_is_not_a_holiday()
    {
        Assert.Equal("Christmas Day", KenyaCourts.HolidayOn(new LocalDate(2022, 12, 27))!.Name);
        Assert.Equal("Boxing Day", KenyaCourts.HolidayOn(new LocalDate(2022, 12, 26))!.Name);
        Assert.Equal("New Year's Day", KenyaCourts.HolidayOn(new LocalDate(2023, 1, 2))!.Name);
        Assert.Equal("Boxing Day", KenyaCourts.HolidayOn(new LocalDate(2027, 12, 27))!.Name);   // 26 December 2027 is a Sunday
        Assert.Equal("Madaraka Day", KenyaCourts.HolidayOn(new LocalDate(2025, 6, 2))!.Name);   // 1 June 2025 is a Sunday
        Assert.Equal("Good Friday", KenyaCourts.HolidayOn(new LocalDate(2026, 4, 3))!.Name);
        Assert.Equal("Easter Monday", KenyaCourts.HolidayOn(new LocalDate(2030, 4, 22))!.Name);
    }

    // Kenya 2024: Idd-ul-Fitr was gazetted for Wednesday 10 April and Idd-ul-Azha (Eid-al-Adha) for Monday 17 June
    // (Public Holidays Act s.2(1), gazette notices of 9 April and 14 June 2024, as reported). The days around them sat.
    [Fact]
    public void Kenya_2024_Idd_holidays_are_the_gazetted_days()
    {
        var fitr = KenyaCourts.HolidayOn(new LocalDate(2024, 4, 10))!;
        Assert.Equal(IsoDayOfWeek.Wednesday, fitr.Date.DayOfWeek);
        Assert.Equal("idd-ul-fitr-2024", fitr.Id);
        Assert.Equal(Verification.Secondary, fitr.Citation.Verification);
        var azha = KenyaCourts.HolidayOn(new LocalDate(2024, 6, 17))!;
        Assert.Equal(IsoDayOfWeek.Monday, azha.Date.DayOfWeek);
        Assert.Equal("idd-ul-azha-2024", azha.Id);
        Assert.False(KenyaCourts.IsCourtDay(new LocalDate(2024, 4, 10)));
        Assert.False(KenyaCourts.IsCourtDay(new LocalDate(2024, 6, 17)));
        Assert.True(KenyaCourts.IsCourtDay(new LocalDate(2024, 4, 9)));
        Assert.True(KenyaCourts.IsCourtDay(new LocalDate(2024, 4, 11)));
        Assert.True(KenyaCourts.IsCourtDay(new LocalDate(2024, 6, 18)));
        Assert.Equal(new LocalDate(2024, 6, 18), KenyaCourts.NextCourtDay(new LocalDate(2024, 6, 14)));   // Friday -> Tuesday
    }

    // South Africa 2024: the general election day, Wednesday 29 May 2024, was proclaimed a public holiday under s.2A of
    // the Public Holidays Act (Presidency, 23 February 2024).
    [Fact]
    public void South_Africa_29_May_2024_election_day_is_not_a_court_day()
    {
        var day = new LocalDate(2024, 5, 29);
        Assert.False(SouthAfricaCourts.IsCourtDay(day));
        Assert.Equal("general-election-2024", SouthAfricaCourts.HolidayOn(day)!.Id);
        Assert.Equal(Verification.Secondary, SouthAfricaCourts.HolidayOn(day)!.Citation.Verification);
        Assert.True(SouthAfricaCourts.IsCourtDay(new LocalDate(2024, 5, 28)));
        Assert.True(SouthAfricaCourts.IsCourtDay(new LocalDate(2024, 5, 30)));
        Assert.True(SouthAfricaCourts.IsCourtDay(new LocalDate(2029, 5, 29)));   // a closure is one day, not a rule
    }

    // South Africa, Public Holidays Act s.2(1): whenever a public holiday falls on a Sunday, the Monday following is a
    // public holiday (Human Rights Day on Sunday 21 March 2010 was kept on Monday 22 March).
    [Fact]
    public void South_Africa_keeps_a_Sunday_holiday_on_the_Monday()
    {
        Assert.Equal("Human Rights Day", SouthAfricaCourts.HolidayOn(new LocalDate(2010, 3, 22))!.Name);
        Assert.Equal("Human Rights Day", SouthAfricaCourts.HolidayOn(new LocalDate(2027, 3, 22))!.Name);
        Assert.Equal("Family Day", SouthAfricaCourts.HolidayOn(new LocalDate(2025, 4, 21))!.Name);
        Assert.Equal("Day of Goodwill", SouthAfricaCourts.HolidayOn(new LocalDate(2027, 12, 27))!.Name);
        Assert.Equal("National Women's Day", SouthAfricaCourts.HolidayOn(new LocalDate(2026, 8, 10))!.Name);   // 9 August 2026 is a Sunday
        Assert.True(SouthAfricaCourts.IsCourtDay(new LocalDate(2026, 8, 11)));
    }

    [Theory]
    [InlineData("us-federal-courts", 10)]
    [InlineData("ke-courts", 9)]
    [InlineData("za-courts", 12)]
    public void Calendars_cover_2024_to_2030(string id, int minimumHolidays)
    {
        var calendar = Inl.Justice.RulePacks.RulePackCatalog.Default.Latest<CourtCalendar>(id);
        for (var year = 2024; year <= 2030; year++)
        {
            var days = calendar.HolidaysIn(year);
            Assert.True(days.Length >= minimumHolidays, $"{id} {year}: {days.Length}");
            Assert.All(days, h => Assert.Equal(year, h.Date.Year));
            var courtDays = Enumerable.Range(0, new LocalDate(year, 12, 31).DayOfYear).Select(d => new LocalDate(year, 1, 1).PlusDays(d)).Count(calendar.IsCourtDay);
            Assert.InRange(courtDays, 240, 256);
        }
    }

    [Fact]
    public void Next_and_previous_court_days_skip_weekends_and_holidays()
    {
        Assert.Equal(new LocalDate(2025, 7, 7), UsCourts.NextCourtDay(new LocalDate(2025, 7, 3)));
        Assert.Equal(new LocalDate(2025, 7, 3), UsCourts.PreviousCourtDay(new LocalDate(2025, 7, 7)));
        Assert.Equal(new LocalDate(2025, 4, 22), KenyaCourts.NextCourtDay(new LocalDate(2025, 4, 17)));
        Assert.Equal("Saturday", UsCourts.WhyClosed(new LocalDate(2025, 7, 5)));
        Assert.Null(UsCourts.WhyClosed(new LocalDate(2025, 7, 8)));
    }

    [Fact]
    public void A_court_adds_its_closures_in_its_own_version()
    {
        var pack = PackJson("us-federal-courts");
        pack["header"]!["version"] = "1.1.0";
        pack["closures"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""
            { "id": "snow-2026-02", "from": "2026-02-02", "to": "2026-02-03", "reason": "Courthouse closed: snow emergency",
              "citation": { "provision": "Standing Order 2026-03 of the Chief Judge", "verification": "Primary" } }
            """));
        var calendar = CourtCalendar.Load(Bytes(pack), "local.json");
        Assert.False(calendar.IsCourtDay(new LocalDate(2026, 2, 3)));
        Assert.True(UsCourts.IsCourtDay(new LocalDate(2026, 2, 3)));
        Assert.Equal(new LocalDate(2026, 2, 4), calendar.NextCourtDay(new LocalDate(2026, 1, 30)));
    }

    [Fact]
    public void The_calendar_writes_itself_back_to_the_same_calendar()
    {
        var again = CourtCalendar.Load(KenyaCourts.ToJson());
        for (var d = new LocalDate(2024, 1, 1); d <= new LocalDate(2030, 12, 31); d = d.PlusDays(1))
        {
            Assert.Equal(KenyaCourts.IsCourtDay(d), again.IsCourtDay(d));
        }
    }
}
