using Inl.Justice.CaseFlow;
using NodaTime;
using Xunit;
using static Inl.Justice.CaseFlow.CaseEventKind;
using static Inl.Justice.Tests.CaseFlow.CaseFlowFixtures;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>The case model: event times, custody, stages and the sequence check on cases built in code.</summary>
public sealed class CourtCaseTests
{
    [Fact]
    public void A_moment_and_a_day_compare_by_the_day_in_the_court_zone()
    {
        // 02:30 UTC on 8 January is still 7 January in New York.
        var late = EventTime.At(Instant.FromUtc(2025, 1, 8, 2, 30));
        Assert.Equal(Date(2025, 1, 7), late.DateIn(NewYork));
        Assert.Equal(0, EventTime.Compare(late, EventTime.On(Date(2025, 1, 7)), NewYork));
        Assert.True(EventTime.Compare(late, EventTime.On(Date(2025, 1, 8)), NewYork) < 0);
        Assert.True(EventTime.Compare(late, EventTime.At(Instant.FromUtc(2025, 1, 8, 2, 31)), NewYork) < 0);
        Assert.Equal("2025-01-07 21:30", late.ToString(NewYork));
        Assert.Equal(Instant.FromUtc(2025, 1, 7, 5, 0), EventTime.On(Date(2025, 1, 7)).EarliestInstant(NewYork));
    }

    [Fact]
    public void Custody_runs_from_arrest_or_detention_to_release()
    {
        var c = Case(NewYork,
            On(Arrest, 2025, 1, 6, D1), On(Released, 2025, 1, 7, D1),
            On(DetentionOrdered, 2025, 2, 1, D1));
        Assert.Null(c.CustodySince(D1, StatutoryClockEnd(2025, 1, 20)));
        Assert.Equal(EventTime.On(Date(2025, 2, 1)), c.CustodySince(D1, StatutoryClockEnd(2025, 2, 10)));
        Assert.True(c.InCustodyAt(D1, EventTime.On(Date(2025, 1, 6))));
        Assert.False(c.InCustodyAt(D1, EventTime.On(Date(2025, 1, 20))));
    }

    [Fact]
    public void A_case_built_in_code_reports_impossible_sequences_and_unknown_defendants()
    {
        var c = Case(NewYork, On(Judgment, 2025, 3, 1), On(ChargeFiled, 2025, 3, 5), On(Sentence, 2025, 2, 1, D2));
        var problems = c.Check("$.cases[0]", "code");
        Assert.Contains(problems, p => p.Path == "$.cases[0].events[0]" && p.Message.StartsWith("Judgment on 2025-03-01 comes before a charge filed", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "$.cases[0].events[2].defendant" && p.Message == "'D2' is not a defendant of the case");
        Assert.Empty(Case(NewYork, On(ChargeFiled, 2025, 3, 1), On(TrialStarted, 2025, 4, 1), On(Judgment, 2025, 4, 3), On(Sentence, 2025, 6, 1, D1)).Check());
    }

    // Requirements are transitive: a sentence needs a judgment or an accepted plea, and each of those needs a charge, so a
    // sentence before any charge is impossible even when a (too early) judgment comes before it.
    [Fact]
    public void A_sentence_before_any_charge_is_reported_even_after_a_too_early_judgment()
    {
        var c = Case(NewYork, On(Judgment, 2025, 3, 1), On(Sentence, 2025, 3, 5, D1), On(AppealFiled, 2025, 3, 6, D1), On(ChargeFiled, 2025, 3, 10));
        var problems = c.Check("$.cases[0]", "code");
        Assert.Contains(problems, p => p.Path == "$.cases[0].events[0]" && p.Message == "Judgment on 2025-03-01 comes before a charge filed for defendant 'D1': impossible sequence");
        Assert.Contains(problems, p => p.Path == "$.cases[0].events[1]" && p.Message == "Sentence on 2025-03-05 comes before a charge filed: impossible sequence");
        Assert.Contains(problems, p => p.Path == "$.cases[0].events[2]" && p.Message == "AppealFiled on 2025-03-06 comes before a charge filed: impossible sequence");
        Assert.Equal(3, problems.Length);
    }

    [Fact]
    public void A_sentence_with_nothing_before_it_lacks_both_a_conviction_and_a_charge()
    {
        var problems = Case(NewYork, On(Sentence, 2025, 3, 5, D1), On(ChargeFiled, 2025, 3, 10), On(Judgment, 2025, 4, 1)).Check();
        var p = Assert.Single(problems);
        Assert.Equal("$.events[0]", p.Path);
        Assert.Equal("Sentence on 2025-03-05 comes before a judgment or an accepted plea, and before a charge filed: impossible sequence", p.Message);
    }

    [Fact]
    public void A_sentence_after_an_accepted_plea_on_a_charge_is_possible()
    {
        Assert.Empty(Case(NewYork, On(ChargeFiled, 2025, 3, 1), On(PleaAccepted, 2025, 3, 20, D1), On(Sentence, 2025, 6, 1, D1), On(AppealFiled, 2025, 6, 10, D1)).Check());
    }

    [Fact]
    public void Events_of_one_defendant_do_not_move_another_defendants_clocks()
    {
        var c = Case(NewYork, On(Arrest, 2025, 1, 6, D1), On(Arrest, 2025, 1, 20, D2), On(ChargeFiled, 2025, 1, 30, D2)) with
        {
            Defendants = [new Defendant(D1), new Defendant(D2)],
        };
        var d1 = UsClocks["sta-3161-b"].Status(c, D1, UsCourts, Date(2025, 2, 10))!;
        var d2 = UsClocks["sta-3161-b"].Status(c, D2, UsCourts, Date(2025, 2, 10))!;
        Assert.Equal(Inl.Justice.CaseFlow.Clocks.ClockState.Overdue, d1.State);   // nothing filed against D1 within 30 days of 6 January
        Assert.Equal(Inl.Justice.CaseFlow.Clocks.ClockState.Met, d2.State);
        Assert.Equal(CaseStage.PreCharge, c.StageOf(D1, StatutoryClockEnd(2025, 2, 10)));
        Assert.Equal(CaseStage.Charged, c.StageOf(D2, StatutoryClockEnd(2025, 2, 10)));
    }

    private static Instant StatutoryClockEnd(int y, int m, int d) => Inl.Justice.CaseFlow.Clocks.StatutoryClock.EndOfDayIn(new LocalDate(y, m, d), NewYork);
}
