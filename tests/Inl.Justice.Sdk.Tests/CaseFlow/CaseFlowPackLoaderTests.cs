using System.Text.Json.Nodes;
using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Xunit;
using static Inl.Justice.Tests.CaseFlow.CaseFlowFixtures;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>Every problem of a clock or calendar pack is reported with its JSON path and a reason, all in one pass.</summary>
public sealed class CaseFlowPackLoaderTests
{
    private static System.Collections.Immutable.ImmutableArray<Problem> ClockProblems(string id, Action<JsonObject> edit)
    {
        var pack = PackJson(id);
        edit(pack);
        var result = ClockSet.TryLoad(Bytes(pack), "pack.json");
        Assert.False(result.IsValid, "the edited pack should be rejected");
        return result.Problems;
    }

    private static System.Collections.Immutable.ImmutableArray<Problem> CalendarProblems(Action<JsonObject> edit)
    {
        var pack = PackJson("us-federal-courts");
        edit(pack);
        var result = CourtCalendar.TryLoad(Bytes(pack), "pack.json");
        Assert.False(result.IsValid, "the edited pack should be rejected");
        return result.Problems;
    }

    private static void AssertProblem(IReadOnlyList<Problem> problems, string path, string fragment) =>
        Assert.Contains(problems, p => p.Path == path && p.Message.Contains(fragment, StringComparison.Ordinal) && p.Source == "pack.json");

    [Fact]
    public void A_penalty_term_without_a_threshold_is_a_problem()
    {
        var problems = ClockProblems("us-federal-criminal-clocks", p => p["clocks"]![0]!["when"] = new JsonObject { ["penaltyTerm"] = "Minimum" });
        AssertProblem(problems, "$.clocks[0].when.penaltyTerm", "give one of them");
    }

    // County of Riverside v. McLaughlin, 500 U.S. 44 (1991): withWarrant reads the arrest that triggers the clock, so a
    // clock triggered by anything else cannot use it; one whose trigger includes an arrest can.
    [Fact]
    public void McLaughlin_withWarrant_needs_a_trigger_with_an_arrest()
    {
        var problems = ClockProblems("us-federal-criminal-clocks", p =>
        {
            var c1 = p["clocks"]!.AsArray().Single(c => (string)c!["id"]! == "sta-3161-c1")!;
            c1["when"] = new JsonObject { ["withWarrant"] = false };
        });
        AssertProblem(problems, "$.clocks[1].when.withWarrant", "the trigger has no Arrest");

        var pack = PackJson("us-federal-criminal-clocks");
        pack["clocks"]![0]!["when"]!["withWarrant"] = false;      // sta-3161-b: earliest of Arrest and SummonsServed
        var loaded = ClockSet.TryLoad(Bytes(pack), "pack.json");
        Assert.True(loaded.IsValid, string.Join("; ", loaded.Problems));
        Assert.False(loaded.Value["sta-3161-b"].When.WithWarrant);
        Assert.False(UsClocks["mclaughlin-48h"].When.WithWarrant);
        Assert.Contains("warrantless arrest", UsClocks["mclaughlin-48h"].When.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-federal-courts")]
    [InlineData("ke-courts")]
    [InlineData("za-courts")]
    public void Embedded_calendars_load(string id) => Assert.Equal(id, RulePackCatalog.Default.Latest<CourtCalendar>(id).Header.Id);

    [Theory]
    [InlineData("us-federal-criminal-clocks", 8)]
    [InlineData("un-iccpr-custody-clocks", 1)]
    [InlineData("ke-criminal-clocks", 1)]
    [InlineData("za-criminal-clocks", 1)]
    [InlineData("in-crpc-clocks", 3)]
    [InlineData("co-cpp-clocks", 2)]
    public void Embedded_clock_packs_load_and_name_a_calendar_in_the_catalogue_when_they_need_one(string id, int clocks)
    {
        var set = RulePackCatalog.Default.Latest<ClockSet>(id);
        Assert.Equal(clocks, set.Clocks.Length);
        if (set.RequiresCalendar)
        {
            Assert.NotNull(RulePackCatalog.Default.Latest<CourtCalendar>(set.CalendarId!));
        }
        Assert.All(set.Clocks, c => Assert.False(string.IsNullOrWhiteSpace(c.Citation.Provision)));
    }

    [Fact]
    public void Packs_with_unverified_values_say_so_in_their_header_notes()
    {
        var packs = 0;
        foreach (var header in RulePackCatalog.Default.Packs.Where(h => h.Kind is ClockSet.Kind or CourtCalendar.Kind))
        {
            var citations = header.Kind == ClockSet.Kind
                ? RulePackCatalog.Default.Latest<ClockSet>(header.Id).Clocks.SelectMany(c => c.Exclusions.Select(x => x.Citation).Append(c.Citation))
                : RulePackCatalog.Default.Latest<CourtCalendar>(header.Id) is var cal ? cal.Holidays.Select(h => h.Citation).Append(cal.WeekendCitation).Concat(cal.Closures.Select(c => c.Citation)).Concat(cal.Hours is { } h ? [h.Citation] : []) : [];
            if (citations.Any(c => c.Verification == Verification.Unverified))
            {
                packs++;
                Assert.Contains(header.Notes, n => n.Contains("Unverified", StringComparison.OrdinalIgnoreCase));
            }
            Assert.NotEmpty(header.Sources);
        }
        Assert.True(packs >= 1, "some embedded pack should carry an unverified value, or this test checks nothing");
    }

    [Fact]
    public void A_clock_needs_exactly_one_trigger_form_and_one_limit_unit()
    {
        var problems = ClockProblems("us-federal-criminal-clocks", p =>
        {
            p["clocks"]![0]!["trigger"]!["event"] = "Arrest";
            p["clocks"]![1]!["limit"]!["hours"] = 48;
            p["clocks"]![2]!["limit"] = new JsonObject { ["months"] = 2 };
            p["clocks"]![3]!["limit"]!["days"] = 0;
            p["clocks"]![4]!["trigger"] = new JsonObject { ["latestOf"] = new JsonArray("Arrest") };
        });
        AssertProblem(problems, "$.clocks[0].trigger", "give exactly one of 'event', 'latestOf', 'earliestOf'");
        AssertProblem(problems, "$.clocks[1].limit", "give exactly one of 'days', 'hours', 'months'");
        AssertProblem(problems, "$.clocks[2].limit", "a month limit needs 'monthEnd'");
        AssertProblem(problems, "$.clocks[3].limit.days", "must be 1 to 3660 (found 0)");
        AssertProblem(problems, "$.clocks[4].trigger.latestOf", "list at least two events (found 1)");
    }

    [Fact]
    public void Counting_must_fit_the_limit_unit()
    {
        var problems = ClockProblems("us-federal-criminal-clocks", p =>
        {
            p["clocks"]![0]!["counting"] = new JsonObject { ["hourExpiry"] = "Exact" };
            p["clocks"]![4]!["counting"] = new JsonObject { ["days"] = "Calendar", ["excludeTriggerDay"] = true, ["lastDay"] = "Forward" };
            p["clocks"]![2]!["counting"]!["lastDay"] = "Forward";
        });
        AssertProblem(problems, "$.clocks[0].counting", "a day or month limit needs 'days'");
        AssertProblem(problems, "$.clocks[0].counting.hourExpiry", "only hour limits use 'hourExpiry'");
        AssertProblem(problems, "$.clocks[4].counting", "an hour limit needs 'hourExpiry'");
        AssertProblem(problems, "$.clocks[4].counting.days", "an hour limit counts elapsed hours");
        AssertProblem(problems, "$.clocks[2].counting.lastDay", "a minimum period (NotBefore) is not rolled");
    }

    [Fact]
    public void Ids_reasons_citations_and_events_are_checked()
    {
        var problems = ClockProblems("us-federal-criminal-clocks", p =>
        {
            p["clocks"]![1]!["id"] = "sta-3161-b";
            p["clocks"]![0]!["citation"]!["source"] = "nowhere";
            p["clocks"]![1]!["exclusions"]![1]!["reason"] = "sta-h1a-competency";
            p["clocks"]![1]!["exclusions"]![2]!["capDays"] = 0;
            p["clocks"]![1]!["stopsOn"] = new JsonArray("TrialStarted", "TrialStarted");
            p["clocks"]![3]!["endsOn"] = new JsonArray("TrialStarted");
            p["clocks"]![5]!["when"] = new JsonObject { ["minPenaltyYears"] = 10, ["penaltyYearsBelow"] = 5 };
            p["clocks"]![6]!["effectiveTo"] = "2000-01-01";
        });
        AssertProblem(problems, "$.clocks[1].id", "duplicate clock id 'sta-3161-b'");
        AssertProblem(problems, "$.clocks[0].citation.source", "unknown source 'nowhere'");
        AssertProblem(problems, "$.clocks[1].exclusions[1].reason", "duplicate reason 'sta-h1a-competency'");
        AssertProblem(problems, "$.clocks[1].exclusions[2].capDays", "must be 1 to 3660 (found 0)");
        AssertProblem(problems, "$.clocks[1].stopsOn[1]", "duplicate event 'TrialStarted'");
        AssertProblem(problems, "$.clocks[3].endsOn", "TrialStarted is already a stopping event");
        AssertProblem(problems, "$.clocks[5].when", "exclude each other");
        AssertProblem(problems, "$.clocks[6].effectiveTo", "2000-01-01 is before effectiveFrom 2009-12-01");
    }

    [Fact]
    public void A_pack_whose_clocks_need_court_days_must_name_a_calendar()
    {
        var problems = ClockProblems("us-federal-criminal-clocks", p => p.Remove("calendar"));
        AssertProblem(problems, "$.calendar", "clock 'sta-3161-b' counts court days or rolls to court days");
    }

    [Fact]
    public void Structural_faults_are_reported_with_their_paths()
    {
        var problems = ClockProblems("ke-criminal-clocks", p =>
        {
            p["clocks"]![0]!["limit"]!["hours"] = "24";
            p["clocks"]![0]!["counting"]!["hourExpiry"] = "NextCourtDay";
            p["clocks"]![0]!["stopsOn"]![0] = "Hearing";
            p["clocks"]![0]!["grace"] = 2;
        });
        AssertProblem(problems, "$.clocks[0].limit.hours", "expected a number but found a string");
        AssertProblem(problems, "$.clocks[0].counting.hourExpiry", "'NextCourtDay' is not one of");
        AssertProblem(problems, "$.clocks[0].stopsOn[0]", "'Hearing' is not one of");
        AssertProblem(problems, "$.clocks[0].grace", "unknown property 'grace'");
    }

    [Fact]
    public void A_clock_pack_is_not_a_calendar()
    {
        var result = CourtCalendar.TryLoad(Bytes(PackJson("ke-criminal-clocks")), "pack.json");
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Path == "$" || p.Path.StartsWith("$.", StringComparison.Ordinal));
    }

    [Fact]
    public void Holiday_rules_need_the_fields_of_their_kind()
    {
        var problems = CalendarProblems(p =>
        {
            var h = p["holidays"]!.AsArray();
            h[0]!.AsObject().Remove("day");
            h[1]!["nth"] = 5;
            h[3]!["weekday"] = "None";
            h[4]!["month"] = 2;
            h[4]!["day"] = 29;
            h[5]!["offsetDays"] = 3;
            h[6]!["id"] = "new-years-day";
            p["weekend"]!["days"] = new JsonArray("Saturday", "Sunday", "Sunday");
        });
        AssertProblem(problems, "$.holidays[0]", "a Fixed holiday needs 'day'");
        AssertProblem(problems, "$.holidays[1].nth", "must be 1 to 4 (found 5)");
        AssertProblem(problems, "$.holidays[3].weekday", "'None' is not a day of the week");
        AssertProblem(problems, "$.holidays[4].day", "2-29 is not a day of every year");
        AssertProblem(problems, "$.holidays[5].offsetDays", "a Fixed holiday does not use 'offsetDays'");
        AssertProblem(problems, "$.holidays[6].id", "duplicate id 'new-years-day' (also at $.holidays[0].id)");
        AssertProblem(problems, "$.weekend.days[2]", "duplicate weekend day 'Sunday'");
    }

    [Fact]
    public void Court_hours_and_closures_are_checked()
    {
        var problems = CalendarProblems(p =>
        {
            p["courtHours"] = JsonNode.Parse("""{ "opens": "9am", "closes": "08:00", "citation": { "provision": "x", "verification": "Primary" } }""");
            p["closures"]![0]!["to"] = "2025-01-01";
            p["weekend"]!["days"] = new JsonArray("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        });
        AssertProblem(problems, "$.courtHours.opens", "'9am' is not a time of day in the form HH:mm");
        AssertProblem(problems, "$.closures[0].to", "2025-01-01 is before from 2025-01-09");
        AssertProblem(problems, "$.weekend.days", "at least one day of the week must be a court day");
    }
}
