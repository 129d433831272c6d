using Inl.Justice.CaseFlow;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.CaseFlow.Timelines;
using NodaTime;
using Xunit;
using static Inl.Justice.CaseFlow.CaseEventKind;
using static Inl.Justice.Tests.CaseFlow.CaseFlowFixtures;

namespace Inl.Justice.Tests.CaseFlow;

/// <summary>Worked examples from the statutes and the research notes (docs/caseflow.md cites each one).</summary>
public sealed class ClockWorkedExampleTests
{
    // 18 U.S.C. §3161(c)(1): 70 days "from the filing date (and making public) of the information or indictment, or from
    // the date the defendant has appeared before a judicial officer of the court in which such charge is pending,
    // whichever date last occurs". An open-source model got this wrong (earliest, not latest: research notes §5).
    [Fact]
    public void Seventy_days_run_from_the_later_of_indictment_and_first_appearance()
    {
        var indictedFirst = Case(NewYork, On(ChargeFiled, 2025, 1, 10), On(FirstAppearance, 2025, 1, 15, D1));
        var appearedFirst = Case(NewYork, On(FirstAppearance, 2025, 1, 6, D1), On(ChargeFiled, 2025, 1, 15));
        var a = Status(UsClocks, "sta-3161-c1", indictedFirst, UsCourts, Date(2025, 2, 1));
        var b = Status(UsClocks, "sta-3161-c1", appearedFirst, UsCourts, Date(2025, 2, 1));

        // FRCrP 45(a)(1): exclude the trigger day; day 70 after 15 January 2025 is Wednesday 26 March 2025.
        Assert.Equal(FirstAppearance, a.TriggerEvent);
        Assert.Equal(ChargeFiled, b.TriggerEvent);
        Assert.Equal(Date(2025, 3, 26), a.Due);
        Assert.Equal(Date(2025, 3, 26), b.Due);
        Assert.Equal(ClockState.Running, a.State);
        Assert.Equal(17, a.DaysUsed);
        Assert.Equal(53, a.DaysRemaining);
    }

    [Fact]
    public void The_seventy_day_clock_waits_for_both_events()
    {
        var c = Case(NewYork, On(ChargeFiled, 2025, 1, 10));
        var s = Status(UsClocks, "sta-3161-c1", c, UsCourts, Date(2025, 2, 1));
        Assert.Equal(ClockState.NotStarted, s.State);
        Assert.Null(s.Due);
    }

    // §3161(h)(1)(D) and (h)(7) periods overlap; each day is excluded once (research notes §5: an open-source
    // calculator summed overlapping exclusions).
    [Fact]
    public void Overlapping_exclusions_are_counted_once_and_a_weekend_last_day_rolls_forward()
    {
        var c = Case(NewYork, On(FirstAppearance, 2025, 1, 10, D1), On(ChargeFiled, 2025, 1, 15))
            .WithExclusions(
                ("sta-h1d-pretrial-motion", Date(2025, 2, 3), Date(2025, 2, 12)),
                ("sta-h7-ends-of-justice", Date(2025, 2, 10), Date(2025, 2, 20)));
        var s = Status(UsClocks, "sta-3161-c1", c, UsCourts, Date(2025, 3, 1));

        Assert.Equal(18, s.ExcludedDays);                                   // 3–20 February, not 10 + 11 = 21
        var period = Assert.Single(s.ExcludedPeriods);
        Assert.Equal((Date(2025, 2, 3), Date(2025, 2, 20)), (period.Start, period.End));
        Assert.Equal(Date(2025, 4, 13), s.UnrolledDue);                     // 26 March + 18 days: a Sunday
        Assert.Equal("Sunday", s.RolledBecause);
        Assert.Equal(Date(2025, 4, 14), s.Due);                             // FRCrP 45(a)(1)(C): the next day that is not a weekend or holiday
    }

    // §3161(h)(1)(H): a proceeding under advisement excludes at most 30 days.
    [Fact]
    public void A_capped_exclusion_counts_at_most_its_cap()
    {
        var c = Case(NewYork, On(FirstAppearance, 2025, 1, 10, D1), On(ChargeFiled, 2025, 1, 15))
            .WithExclusions(("sta-h1h-under-advisement", Date(2025, 2, 3), Date(2025, 3, 14)));   // 40 days
        var s = Status(UsClocks, "sta-3161-c1", c, UsCourts, Date(2025, 3, 1));
        Assert.Equal(30, s.ExcludedDays);
        Assert.Equal(Date(2025, 4, 25), s.Due);                              // 26 March + 30 days, a Friday
    }

    // County of Riverside v. McLaughlin: 48 hours, computed on instants. On 9 March 2025 New York clocks sprang forward,
    // so 48 elapsed hours after 10:00 EST on Saturday 8 March end at 11:00 EDT on Monday 10 March, not 10:00.
    [Fact]
    public void A_48_hour_limit_across_the_spring_DST_change_is_48_elapsed_hours()
    {
        var arrest = Local(Arrest, NewYork, 2025, 3, 8, 10, 0, D1);
        var s = Status(UsClocks, "mclaughlin-48h", Case(NewYork, arrest), UsCourts, Date(2025, 3, 8));
        Assert.Equal(arrest.Time.Moment!.Value + Duration.FromHours(48), s.DueAt);
        Assert.Equal(new LocalDateTime(2025, 3, 10, 11, 0), LocalDue(s, NewYork));
        Assert.Null(s.RolledBecause);                                       // a weekend is no excuse under McLaughlin
    }

    [Fact]
    public void A_48_hour_limit_across_the_autumn_DST_change_is_48_elapsed_hours()
    {
        var arrest = Local(Arrest, NewYork, 2025, 11, 1, 10, 0, D1);
        var s = Status(UsClocks, "mclaughlin-48h", Case(NewYork, arrest), UsCourts, Date(2025, 11, 1));
        Assert.Equal(new LocalDateTime(2025, 11, 3, 9, 0), LocalDue(s, NewYork));
    }

    [Fact]
    public void A_probable_cause_hearing_after_48_hours_is_missed_by_the_hours_over()
    {
        var c = Case(NewYork, Local(Arrest, NewYork, 2025, 3, 7, 18, 0, D1), Local(FirstAppearance, NewYork, 2025, 3, 10, 9, 30, D1));
        var s = Status(UsClocks, "mclaughlin-48h", c, UsCourts, Date(2025, 3, 12));
        Assert.Equal(ClockState.Missed, s.State);
        // Due 23:00 UTC on Sunday 9 March (19:00 EDT, after the change); the appearance at 09:30 EDT Monday is 14h30 later.
        Assert.Equal(Duration.FromMinutes((14 * 60) + 30), s.TimeOverdue);
    }

    // County of Riverside v. McLaughlin, 500 U.S. 44, 56 (1991): a jurisdiction that provides judicial determinations of
    // probable cause within 48 hours of arrest complies with the promptness requirement — of *each* arrest. Arrested
    // Monday 3 March 2025 at 10:00, released at 18:00 the same day, re-arrested Wednesday 5 March at 09:00: the 48 hours
    // run again from the re-arrest and end Friday 7 March at 09:00; the first episode ended with the release.
    [Fact]
    public void A_re_arrest_after_release_starts_the_48_hours_again()
    {
        var c = Case(NewYork,
            Local(Arrest, NewYork, 2025, 3, 3, 10, 0, D1), Local(Released, NewYork, 2025, 3, 3, 18, 0, D1),
            Local(Arrest, NewYork, 2025, 3, 5, 9, 0, D1));
        var s = Status(UsClocks, "mclaughlin-48h", c, UsCourts, Date(2025, 3, 6));
        Assert.Equal(2, s.Episode);
        Assert.Equal(ClockState.Running, s.State);
        Assert.Equal(new LocalDateTime(2025, 3, 7, 9, 0), LocalDue(s, NewYork));

        var episodes = UsClocks["mclaughlin-48h"].Episodes(c, D1, UsCourts, Date(2025, 3, 6));
        Assert.Equal([1, 2], episodes.Select(e => e.Episode));
        Assert.Equal(ClockState.Ended, episodes[0].State);
        Assert.Equal(Released, episodes[0].StoppedBy);

        // Not brought before a magistrate by Friday 09:00: the current episode is overdue, whatever happened the first time.
        Assert.Equal(ClockState.Overdue, Status(UsClocks, "mclaughlin-48h", c, UsCourts, Date(2025, 3, 8)).State);
    }

    // County of Riverside v. McLaughlin, 500 U.S. 44 (1991) applies Gerstein v. Pugh's prompt probable-cause
    // determination to warrantless arrests: an arrest under a warrant follows a judicial finding of probable cause, so
    // the 48 hours do not run. Arrested on a warrant Friday 7 March 2025 at 18:00 and first brought before a magistrate
    // on Tuesday 11 March: no McLaughlin clock, so nothing is missed.
    [Fact]
    public void McLaughlin_48_hours_do_not_run_after_an_arrest_with_a_warrant()
    {
        var c = Case(NewYork, Local(Arrest, NewYork, 2025, 3, 7, 18, 0, D1) with { WithWarrant = true }, Local(FirstAppearance, NewYork, 2025, 3, 11, 9, 30, D1));
        Assert.Null(UsClocks["mclaughlin-48h"].Status(c, D1, UsCourts, Date(2025, 3, 12)));
        Assert.Empty(UsClocks["mclaughlin-48h"].Episodes(c, D1, UsCourts, Date(2025, 3, 12)));
        Assert.DoesNotContain(UsClocks.Evaluate(c, UsCourts, StatutoryClock.EndOfDayIn(Date(2025, 3, 12), NewYork)), s => s.ClockId == "mclaughlin-48h");
    }

    // The same facts without a warrant (withWarrant false, or not recorded) are McLaughlin's case: the 48 hours ended at
    // 19:00 EDT on Sunday 9 March and the Tuesday appearance missed them by 38 h 30 min.
    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void McLaughlin_48_hours_run_after_a_warrantless_arrest(bool? withWarrant)
    {
        var arrest = Local(Arrest, NewYork, 2025, 3, 7, 18, 0, D1);
        var c = Case(NewYork, withWarrant is { } w ? arrest with { WithWarrant = w } : arrest, Local(FirstAppearance, NewYork, 2025, 3, 11, 9, 30, D1));
        var s = Status(UsClocks, "mclaughlin-48h", c, UsCourts, Date(2025, 3, 12));
        Assert.Equal(ClockState.Missed, s.State);
        Assert.Equal(new LocalDateTime(2025, 3, 9, 19, 0), LocalDue(s, NewYork));
        Assert.Equal(Duration.FromMinutes((38 * 60) + 30), s.TimeOverdue);
    }

    // McLaughlin, 500 U.S. 44: the rule is read per arrest. Arrested on a warrant, released, then arrested again without
    // one: only the warrantless re-arrest starts the 48 hours, and it is the clock's second episode.
    [Fact]
    public void A_warrantless_re_arrest_after_a_warrant_arrest_starts_the_48_hours()
    {
        var c = Case(NewYork,
            Local(Arrest, NewYork, 2025, 3, 3, 10, 0, D1) with { WithWarrant = true }, Local(Released, NewYork, 2025, 3, 3, 18, 0, D1),
            Local(Arrest, NewYork, 2025, 3, 5, 9, 0, D1));
        var episode = Assert.Single(UsClocks["mclaughlin-48h"].Episodes(c, D1, UsCourts, Date(2025, 3, 6)));
        Assert.Equal(2, episode.Episode);
        Assert.Equal(ClockState.Running, episode.State);
        Assert.Equal(new LocalDateTime(2025, 3, 7, 9, 0), LocalDue(episode, NewYork));
    }

    // An earlier episode's result is not lost: held 60 hours without a probable-cause determination and then released,
    // the first arrest's 48 hours were missed; the deadline report lists that miss next to the re-arrest's running clock.
    [Fact]
    public void A_missed_first_episode_stays_in_the_report_next_to_the_running_second_one()
    {
        var c = Case(NewYork,
            Local(Arrest, NewYork, 2025, 3, 3, 10, 0, D1), Local(Released, NewYork, 2025, 3, 5, 22, 0, D1),
            Local(Arrest, NewYork, 2025, 3, 10, 9, 0, D1));
        var all = UsClocks.Evaluate(c, UsCourts, StatutoryClock.EndOfDayIn(Date(2025, 3, 10), NewYork)).Where(s => s.ClockId == "mclaughlin-48h").ToList();
        Assert.Equal(2, all.Count);
        Assert.Equal((1, ClockState.Missed), (all[0].Episode, all[0].State));
        Assert.Equal(Duration.FromHours(12), all[0].TimeOverdue);
        Assert.Equal((2, ClockState.Running), (all[1].Episode, all[1].State));
        Assert.Contains("mclaughlin-48h (episode 2) RUNNING", all[1].ToString(), StringComparison.Ordinal);
    }

    // 18 U.S.C. §3164(b): trial within 90 days "following the beginning of such continuous detention". Release ends one
    // continuous detention; a later detention order (bail revoked) begins another, and its 90 days count from it. A
    // second order during the same detention does not restart the limit.
    [Fact]
    public void A_new_continuous_detention_gets_its_own_90_days_and_a_repeated_order_does_not_restart_them()
    {
        var redetained = Case(NewYork, On(DetentionOrdered, 2025, 1, 10, D1), On(Released, 2025, 2, 1, D1), On(DetentionOrdered, 2025, 3, 3, D1));
        var s = Status(UsClocks, "sta-3164-detained", redetained, UsCourts, Date(2025, 3, 10));
        Assert.Equal((2, Date(2025, 3, 3)), (s.Episode, s.Trigger!.Value.DateIn(NewYork)));
        Assert.Equal(Date(2025, 6, 2), s.Due);                               // 90 days after 3 March: Sunday 1 June, rolled to Monday

        var reordered = Case(NewYork, On(DetentionOrdered, 2025, 1, 10, D1), On(DetentionOrdered, 2025, 3, 3, D1));
        var held = Status(UsClocks, "sta-3164-detained", reordered, UsCourts, Date(2025, 4, 20));
        Assert.Equal((1, Date(2025, 4, 10), ClockState.Overdue), (held.Episode, held.Due, held.State));
    }

    // 18 U.S.C. §3161(b) limits the time from an arrest "in connection with such charges" to the information or
    // indictment. Once the indictment is filed, a re-arrest (on a bench warrant) starts no new 30-day period.
    [Fact]
    public void A_re_arrest_after_indictment_starts_no_new_indictment_clock()
    {
        var c = Case(NewYork, On(Arrest, 2025, 1, 6, D1), On(Released, 2025, 1, 7, D1), On(ChargeFiled, 2025, 1, 20), On(Arrest, 2025, 3, 3, D1));
        var s = Status(UsClocks, "sta-3161-b", c, UsCourts, Date(2025, 5, 1));
        Assert.Equal((1, ClockState.Met), (s.Episode, s.State));
        Assert.Single(UsClocks["sta-3161-b"].Episodes(c, D1, UsCourts, Date(2025, 5, 1)));
    }

    // FRAP 4(b)(1)(A) and 26(a)(1)(C): 14 days from judgment entered Friday 20 June 2025 end on Friday 4 July,
    // Independence Day, so the notice is due Monday 7 July.
    [Fact]
    public void A_day_limit_ending_on_a_holiday_rolls_to_the_next_court_day()
    {
        var c = Case(NewYork, On(ChargeFiled, 2025, 3, 1), On(TrialStarted, 2025, 6, 10), On(Judgment, 2025, 6, 20));
        var s = Status(UsClocks, "frap-4b-defendant", c, UsCourts, Date(2025, 6, 25));
        Assert.Equal(Date(2025, 7, 4), s.UnrolledDue);
        Assert.Equal("2025-07-04 Independence Day", s.RolledBecause);
        Assert.Equal(Date(2025, 7, 7), s.Due);
        Assert.Equal(12, s.DaysRemaining);
    }

    [Fact]
    public void A_notice_filed_on_the_rolled_day_is_in_time_and_a_day_later_is_missed()
    {
        var judged = Case(NewYork, On(ChargeFiled, 2025, 3, 1), On(TrialStarted, 2025, 6, 10), On(Judgment, 2025, 6, 20));
        var onTime = judged with { Events = judged.Events.Add(On(AppealFiled, 2025, 7, 7, D1)) };
        var late = judged with { Events = judged.Events.Add(On(AppealFiled, 2025, 7, 8, D1)) };
        Assert.Equal(ClockState.Met, Status(UsClocks, "frap-4b-defendant", onTime, UsCourts, Date(2025, 8, 1)).State);
        var missed = Status(UsClocks, "frap-4b-defendant", late, UsCourts, Date(2025, 8, 1));
        Assert.Equal(ClockState.Missed, missed.State);
        Assert.Equal(1, missed.DaysOverdue);
    }

    // FRAP 4(b) has been 14 days since 1 December 2009 (10 days before): the clock does not apply to earlier judgments.
    [Fact]
    public void A_clock_applies_only_to_triggers_in_its_effective_dates()
    {
        var c = Case(NewYork, On(ChargeFiled, 2009, 9, 1), On(TrialStarted, 2009, 11, 2), On(Judgment, 2009, 11, 20));
        Assert.Null(UsClocks["frap-4b-defendant"].Status(c, D1, UsCourts, Date(2009, 11, 25)));
    }

    // 18 U.S.C. §3161(c)(2): trial shall not commence less than 30 days from counsel's first appearance.
    [Fact]
    public void A_trial_within_the_30_day_minimum_is_too_early()
    {
        var early = Case(NewYork, On(CounselAppeared, 2025, 1, 7, D1), On(ChargeFiled, 2025, 1, 7), On(TrialStarted, 2025, 2, 3));
        var s = Status(UsClocks, "sta-3161-c2", early, UsCourts, Date(2025, 3, 1));
        Assert.Equal(Date(2025, 2, 6), s.Due);
        Assert.Equal(ClockState.Missed, s.State);
        Assert.Equal(3, s.DaysOverdue);

        var waiting = Status(UsClocks, "sta-3161-c2", early with { Events = early.Events.RemoveAt(2) }, UsCourts, Date(2025, 2, 1));
        Assert.Equal(ClockState.Running, waiting.State);
        var elapsed = Status(UsClocks, "sta-3161-c2", early with { Events = early.Events.RemoveAt(2) }, UsCourts, Date(2025, 2, 6));
        Assert.Equal(ClockState.Elapsed, elapsed.State);
    }

    // 18 U.S.C. §3164(b): 90 days of continuous detention; release ends the clock.
    [Fact]
    public void Release_ends_the_detention_clock_and_detention_past_the_limit_is_missed()
    {
        var released = Case(NewYork, On(DetentionOrdered, 2025, 1, 10, D1), On(Released, 2025, 2, 1, D1));
        Assert.Equal(ClockState.Ended, Status(UsClocks, "sta-3164-detained", released, UsCourts, Date(2025, 3, 1)).State);

        var held = Case(NewYork, On(DetentionOrdered, 2025, 1, 10, D1));
        var s = Status(UsClocks, "sta-3164-detained", held, UsCourts, Date(2025, 4, 20));
        Assert.Equal(Date(2025, 4, 10), s.Due);                              // 90 days after 10 January, a Thursday
        Assert.Equal(ClockState.Overdue, s.State);
        Assert.Equal(10, s.DaysOverdue);

        var releasedLate = Case(NewYork, On(DetentionOrdered, 2025, 1, 10, D1), On(Released, 2025, 4, 15, D1));
        var late = Status(UsClocks, "sta-3164-detained", releasedLate, UsCourts, Date(2025, 4, 20));
        Assert.Equal(ClockState.Missed, late.State);
        Assert.Equal(5, late.DaysOverdue);
    }

    // 18 U.S.C. §3161(c)(1): "In any case in which a plea of not guilty is entered", trial within 70 days. Most federal
    // cases end in a guilty plea: a plea accepted on day 64 stops the clock in time; it must not read Overdue weeks later.
    // §3164: a defendant whose plea is accepted is no longer detained "solely because he is awaiting trial".
    [Fact]
    public void An_accepted_guilty_plea_stops_the_trial_and_detention_clocks()
    {
        var c = Case(NewYork, On(ChargeFiled, 2025, 1, 10), On(FirstAppearance, 2025, 1, 15, D1), On(DetentionOrdered, 2025, 1, 15, D1),
            On(CounselAppeared, 2025, 1, 15, D1), On(PleaAccepted, 2025, 3, 20, D1));
        var trial = Status(UsClocks, "sta-3161-c1", c, UsCourts, Date(2025, 5, 1));
        Assert.Equal((ClockState.Met, PleaAccepted), (trial.State, trial.StoppedBy));
        Assert.Equal(ClockState.Met, Status(UsClocks, "sta-3164-detained", c, UsCourts, Date(2025, 5, 1)).State);
        Assert.Equal(ClockState.Ended, Status(UsClocks, "sta-3161-c2", c, UsCourts, Date(2025, 5, 1)).State);   // no trial follows
        Assert.Equal(0, Docket.For([c], UsClocks, UsCourts).Evaluate(Date(2025, 5, 1)).OverdueCount);

        // A plea after the 70 days (26 March) is recorded as missed: the violation happened, though pleading without a
        // motion to dismiss waives it (§3162(a)(2)).
        var late = c with { Events = c.Events.SetItem(4, On(PleaAccepted, 2025, 3, 31, D1)) };
        var missed = Status(UsClocks, "sta-3161-c1", late, UsCourts, Date(2025, 5, 1));
        Assert.Equal((ClockState.Missed, 5), (missed.State, missed.DaysOverdue));
    }

    [Fact]
    public void A_plea_is_a_conviction_stage_and_sentence_may_follow_it()
    {
        var c = Case(NewYork, On(ChargeFiled, 2025, 1, 10), On(PleaAccepted, 2025, 3, 20, D1), On(Sentence, 2025, 6, 20, D1));
        Assert.Empty(c.Check());
        Assert.Equal(CaseStage.Sentenced, c.StageOf(D1, StatutoryClock.EndOfDayIn(Date(2025, 6, 20), NewYork)));
        Assert.Equal(CaseStage.Judgment, c.StageOf(D1, StatutoryClock.EndOfDayIn(Date(2025, 4, 1), NewYork)));
        var early = Case(NewYork, On(PleaAccepted, 2025, 1, 5, D1), On(ChargeFiled, 2025, 1, 10));
        Assert.Contains(early.Check(), p => p.Message.StartsWith("PleaAccepted on 2025-01-05 comes before a charge filed", StringComparison.Ordinal));
    }

    // FRCrP 5.1(c): 14 days in custody, 21 days otherwise; no hearing once indicted (5.1(a)(2)).
    [Fact]
    public void The_preliminary_hearing_limit_depends_on_custody_and_is_moot_after_indictment()
    {
        var detained = Case(NewYork, On(Arrest, 2025, 5, 1, D1), On(FirstAppearance, 2025, 5, 2, D1));
        var released = Case(NewYork, On(FirstAppearance, 2025, 5, 2, D1));
        Assert.Equal(Date(2025, 5, 16), Status(UsClocks, "frcrp-5-1-detained", detained, UsCourts, Date(2025, 5, 3)).Due);
        Assert.Null(UsClocks["frcrp-5-1-released"].Status(detained, D1, UsCourts, Date(2025, 5, 3)));
        Assert.Equal(Date(2025, 5, 23), Status(UsClocks, "frcrp-5-1-released", released, UsCourts, Date(2025, 5, 3)).Due);
        Assert.Null(UsClocks["frcrp-5-1-detained"].Status(released, D1, UsCourts, Date(2025, 5, 3)));

        var indicted = detained with { Events = detained.Events.Add(On(ChargeFiled, 2025, 5, 9)) };
        Assert.Equal(ClockState.Ended, Status(UsClocks, "frcrp-5-1-detained", indicted, UsCourts, Date(2025, 5, 20)).State);
        var indictedBefore = Case(NewYork, On(ChargeFiled, 2025, 4, 20), On(FirstAppearance, 2025, 5, 2, D1));
        Assert.Null(UsClocks["frcrp-5-1-released"].Status(indictedBefore, D1, UsCourts, Date(2025, 5, 3)));
    }

    // FRCrP 5.1(c): "no later than 14 days after the initial appearance if the defendant is in custody and no later than
    // 21 days if not in custody". Arrested Friday 2 May 2025 at 06:00, initial appearance at 14:00, released on bond at
    // 17:00 the same day: the defendant leaves the appearance day out of custody, so the limit is 21 days (23 May), not 14.
    [Fact]
    public void Custody_for_the_preliminary_hearing_limit_is_read_at_the_end_of_the_appearance_day()
    {
        var c = Case(NewYork, Local(Arrest, NewYork, 2025, 5, 2, 6, 0, D1), Local(FirstAppearance, NewYork, 2025, 5, 2, 14, 0, D1),
            Local(Released, NewYork, 2025, 5, 2, 17, 0, D1));
        Assert.Null(UsClocks["frcrp-5-1-detained"].Status(c, D1, UsCourts, Date(2025, 5, 3)));
        Assert.Equal(Date(2025, 5, 23), Status(UsClocks, "frcrp-5-1-released", c, UsCourts, Date(2025, 5, 3)).Due);

        // Released the next morning: in custody at the end of the appearance day, 14 days.
        var nextDay = c with { Events = c.Events.SetItem(2, Local(Released, NewYork, 2025, 5, 3, 9, 0, D1)) };
        Assert.Equal(Date(2025, 5, 16), Status(UsClocks, "frcrp-5-1-detained", nextDay, UsCourts, Date(2025, 5, 3)).Due);
        Assert.Null(UsClocks["frcrp-5-1-released"].Status(nextDay, D1, UsCourts, Date(2025, 5, 3)));
    }

    // Kenya, Constitution art. 49(1)(f): 24 hours, or the end of the next court day if they end outside court hours or
    // on a non-court day. Arrested Thursday 17 April 2025 at 15:00: the 24 hours end on Good Friday; Easter Monday is
    // also a holiday, so the limit is the close of court on Tuesday 22 April.
    [Fact]
    public void Kenya_24_hours_ending_on_Good_Friday_run_to_the_end_of_the_next_court_day()
    {
        var c = Case(Nairobi, Local(Arrest, Nairobi, 2025, 4, 17, 15, 0, D1));
        var s = Status(KenyaClocks, "ke-art49-1f-24h", c, KenyaCourts, Date(2025, 4, 18));
        Assert.Equal(new LocalDateTime(2025, 4, 22, 17, 0), LocalDue(s, Nairobi));
        Assert.Equal("2025-04-18 Good Friday", s.RolledBecause);
        Assert.Equal(ClockState.Running, s.State);
    }

    [Fact]
    public void Kenya_24_hours_ending_before_court_opens_run_to_the_close_of_that_court_day()
    {
        var c = Case(Nairobi, Local(Arrest, Nairobi, 2025, 5, 12, 5, 0, D1));
        var s = Status(KenyaClocks, "ke-art49-1f-24h", c, KenyaCourts, Date(2025, 5, 12));
        Assert.Equal(new LocalDateTime(2025, 5, 13, 17, 0), LocalDue(s, Nairobi));
    }

    // South Africa, Constitution s.35(1)(d): 48 hours, or the end of the first court day after expiry if they expire
    // outside ordinary court hours or on a non-court day. Arrested Wednesday 19 March 2025 at 09:00: expiry on
    // Friday 21 March, Human Rights Day, so the limit is 16:00 on Monday 24 March.
    [Fact]
    public void South_Africa_48_hours_expiring_on_Human_Rights_Day_run_to_the_end_of_the_next_court_day()
    {
        var c = Case(Johannesburg, Local(Arrest, Johannesburg, 2025, 3, 19, 9, 0, D1));
        var s = Status(SouthAfricaClocks, "za-s35-1d-48h", c, SouthAfricaCourts, Date(2025, 3, 19));
        Assert.Equal(new LocalDateTime(2025, 3, 24, 16, 0), LocalDue(s, Johannesburg));
    }

    // Kenya, art. 49(1)(f), on the gazetted Idd-ul-Fitr of 2024: arrested Tuesday 9 April 2024 at 10:00, the 24 hours
    // end on Wednesday 10 April, a public holiday, so the limit is the close of court on Thursday 11 April.
    [Fact]
    public void Kenya_24_hours_ending_on_Idd_ul_Fitr_2024_run_to_the_end_of_the_next_court_day()
    {
        var c = Case(Nairobi, Local(Arrest, Nairobi, 2024, 4, 9, 10, 0, D1));
        var s = Status(KenyaClocks, "ke-art49-1f-24h", c, KenyaCourts, Date(2024, 4, 9));
        Assert.Equal(new LocalDateTime(2024, 4, 11, 17, 0), LocalDue(s, Nairobi));
        Assert.StartsWith("2024-04-10 Idd-ul-Fitr", s.RolledBecause, StringComparison.Ordinal);
    }

    // South Africa, Constitution s.35(1)(d) and Criminal Procedure Act 51 of 1977 s.50(1)(c)-(d)(i): arrested Monday
    // 27 May 2024 at 12:00, the 48 hours expire on election day, Wednesday 29 May 2024 (a public holiday), so the
    // arrested person must be brought before a court by the end of Thursday 30 May.
    [Fact]
    public void South_Africa_48_hours_expiring_on_election_day_2024_run_to_the_end_of_the_next_court_day()
    {
        var c = Case(Johannesburg, Local(Arrest, Johannesburg, 2024, 5, 27, 12, 0, D1));
        var s = Status(SouthAfricaClocks, "za-s35-1d-48h", c, SouthAfricaCourts, Date(2024, 5, 27));
        Assert.Equal(new LocalDateTime(2024, 5, 30, 16, 0), LocalDue(s, Johannesburg));
        Assert.Contains("s.50(1)(d)(i)", s.Citation.Provision, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 3, 3, 10, 2025, 3, 5, 10)]    // expires Wednesday 10:00, within court hours: exactly 48 hours
    [InlineData(2025, 3, 4, 18, 2025, 3, 7, 16)]    // expires Thursday 18:00, after hours: end of Friday
    [InlineData(2025, 3, 6, 12, 2025, 3, 10, 16)]   // expires Saturday 12:00: end of Monday
    public void South_Africa_48_hours_inside_and_outside_court_hours(int y, int m, int d, int h, int dy, int dm, int dd, int dh)
    {
        var c = Case(Johannesburg, Local(Arrest, Johannesburg, y, m, d, h, 0, D1));
        var s = Status(SouthAfricaClocks, "za-s35-1d-48h", c, SouthAfricaCourts, Date(y, m, d));
        Assert.Equal(new LocalDateTime(dy, dm, dd, dh, 0), LocalDue(s, Johannesburg));
    }

    // CrPC s.167(2): 90 days for offences punishable with death, life or at least ten years, 60 days otherwise.
    [Fact]
    public void India_remand_limit_is_60_or_90_days_by_the_gravity_of_the_charge()
    {
        var c = Case(Kolkata, On(Arrest, 2025, 2, 1, D1), On(DetentionOrdered, 2025, 2, 2, D1));
        var minor = c with { Charges = [new Charge("c1", "IPC s.420", D1, MaxPenaltyYears: 7)] };
        var grave = c with { Charges = [new Charge("c1", "IPC s.302", D1, LifeOrDeath: true)] };   // murder: death or life
        Assert.Null(IndiaClocks["in-s167-90d"].Status(minor, D1, null, Date(2025, 3, 1)));
        Assert.Null(IndiaClocks["in-s167-60d"].Status(grave, D1, null, Date(2025, 3, 1)));
        Assert.Equal(Date(2025, 4, 2), Status(IndiaClocks, "in-s167-60d", minor, null, Date(2025, 3, 1)).Due);   // remand day counted
        Assert.Equal(Date(2025, 5, 2), Status(IndiaClocks, "in-s167-90d", grave, null, Date(2025, 3, 1)).Due);
        Assert.Equal(Date(2025, 4, 2), Status(IndiaClocks, "in-s167-60d", c, null, Date(2025, 3, 1)).Due);      // no penalty recorded: 60 days
    }

    // CrPC s.167(2)(a)(i): 90 days for "an offence punishable with death, imprisonment for life or imprisonment for a term
    // of not less than ten years". Rajeev Chaudhary v. State (NCT of Delhi), (2001) 5 SCC 34: extortion under IPC s.386,
    // imprisonment which "may extend to ten years", is not such an offence — default bail after 60 days. The words mean
    // a minimum term of ten years: NDPS Act s.21(c) (commercial quantity, ten to twenty years) is 90 days; IPC s.304-B
    // (seven years to life) is 90 days because it carries life.
    [Fact]
    public void India_90_days_need_a_minimum_term_of_ten_years_not_a_maximum_of_ten()
    {
        var c = Case(Kolkata, On(Arrest, 1998, 10, 30, D1), On(DetentionOrdered, 1998, 10, 31, D1));
        var extortion = c with { Charges = [new Charge("c1", "IPC s.386", D1, MaxPenaltyYears: 10)] };
        Assert.Null(IndiaClocks["in-s167-90d"].Status(extortion, D1, null, Date(1998, 11, 15)));
        Assert.Equal(Date(1998, 12, 29), Status(IndiaClocks, "in-s167-60d", extortion, null, Date(1998, 11, 15)).Due);

        var ndps = c with { Charges = [new Charge("c1", "NDPS Act s.21(c)", D1, MaxPenaltyYears: 20, MinPenaltyYears: 10)] };
        Assert.Equal(Date(1999, 1, 28), Status(IndiaClocks, "in-s167-90d", ndps, null, Date(1998, 11, 15)).Due);
        Assert.Null(IndiaClocks["in-s167-60d"].Status(ndps, D1, null, Date(1998, 11, 15)));

        var dowryDeath = c with { Charges = [new Charge("c1", "IPC s.304-B", D1, MinPenaltyYears: 7, LifeOrDeath: true)] };
        Assert.NotNull(IndiaClocks["in-s167-90d"].Status(dowryDeath, D1, null, Date(1998, 11, 15)));

        // A maximum of fourteen years with a lower minimum is 60 days on the minimum reading (see the pack's notes).
        var fourteen = c with { Charges = [new Charge("c1", "max 14, min 1", D1, MaxPenaltyYears: 14, MinPenaltyYears: 1)] };
        Assert.NotNull(IndiaClocks["in-s167-60d"].Status(fourteen, D1, null, Date(1998, 11, 15)));
        Assert.Equal("minimum penalty ≥ 10 years; not after ChargeFiled", IndiaClocks["in-s167-90d"].When.ToString());
    }

    // A month limit needs an explicit month-end policy (research notes §4, Catala): 29 February 2024 + 12 months.
    [Fact]
    public void Twelve_months_from_29_February_follow_the_month_end_policy()
    {
        var c = Case(Bogota, On(DetentionOrdered, 2024, 2, 29, D1));
        Assert.Equal(Date(2025, 2, 28), Status(ColombiaClocks, "co-ley1786-1y", c, null, Date(2024, 3, 1)).Due);

        var pack = PackJson("co-cpp-clocks");
        pack["clocks"]![1]!["limit"]!["monthEnd"] = "FirstDayOfNextMonth";
        var nextMonth = ClockSet.Load(Bytes(pack));
        Assert.Equal(Date(2025, 3, 1), nextMonth["co-ley1786-1y"].Status(c, D1, null, Date(2024, 3, 1))!.Due);
    }

    [Fact]
    public void A_month_limit_is_extended_by_its_excluded_days()
    {
        var pack = PackJson("co-cpp-clocks");
        pack["clocks"]![1]!["exclusions"] = System.Text.Json.Nodes.JsonNode.Parse("""[{ "reason": "defence-delay", "title": "Delay attributable to the defence", "citation": { "provision": "test", "verification": "Unverified" } }]""");
        var clocks = ClockSet.Load(Bytes(pack));
        var c = Case(Bogota, On(DetentionOrdered, 2024, 3, 15, D1)).WithExclusions(("defence-delay", Date(2024, 6, 1), Date(2024, 6, 10)));
        var s = clocks["co-ley1786-1y"].Status(c, D1, null, Date(2024, 7, 1))!;
        Assert.Equal(10, s.ExcludedDays);
        Assert.Equal(Date(2025, 3, 25), s.Due);
    }

    // A rule that rolls backward (something due before a date) lands on the previous court day: 14 days from
    // Saturday 21 June 2025 end on Saturday 5 July; Friday 4 July is Independence Day, so Thursday 3 July.
    [Fact]
    public void A_backward_roll_lands_on_the_previous_court_day()
    {
        var pack = PackJson("us-federal-criminal-clocks");
        var frap = pack["clocks"]!.AsArray().Single(c => (string)c!["id"]! == "frap-4b-defendant")!;
        frap["counting"]!["lastDay"] = "Backward";
        var clocks = ClockSet.Load(Bytes(pack));
        var c = Case(NewYork, On(ChargeFiled, 2025, 3, 1), On(TrialStarted, 2025, 6, 10), On(Judgment, 2025, 6, 21));
        Assert.Equal(Date(2025, 7, 3), clocks["frap-4b-defendant"].Status(c, D1, UsCourts, Date(2025, 6, 25))!.Due);
    }

    [Fact]
    public void Court_day_counting_skips_weekends_and_holidays()
    {
        var pack = PackJson("us-federal-criminal-clocks");
        var frap = pack["clocks"]!.AsArray().Single(c => (string)c!["id"]! == "frap-4b-defendant")!;
        frap["counting"]!["days"] = "Court";
        var clocks = ClockSet.Load(Bytes(pack));
        // 14 court days after Friday 20 June 2025: 23–27 June (5), 30 June–3 July (4; 4 July is a holiday), 7–11 July (5).
        var c = Case(NewYork, On(ChargeFiled, 2025, 3, 1), On(TrialStarted, 2025, 6, 10), On(Judgment, 2025, 6, 20));
        Assert.Equal(Date(2025, 7, 11), clocks["frap-4b-defendant"].Status(c, D1, UsCourts, Date(2025, 6, 25))!.Due);
    }

    [Fact]
    public void Events_after_the_evaluation_moment_are_ignored()
    {
        var c = Case(NewYork, On(Arrest, 2025, 1, 6, D1), On(ChargeFiled, 2025, 1, 20));
        Assert.Equal(ClockState.Running, Status(UsClocks, "sta-3161-b", c, UsCourts, Date(2025, 1, 19)).State);
        Assert.Equal(ClockState.Met, Status(UsClocks, "sta-3161-b", c, UsCourts, Date(2025, 1, 20)).State);
    }

    [Fact]
    public void A_clock_that_counts_court_days_needs_a_calendar()
    {
        var c = Case(NewYork, On(Arrest, 2025, 1, 6, D1));
        Assert.Throws<ArgumentException>(() => UsClocks["sta-3161-b"].Status(c, D1, null, Date(2025, 1, 7)));
        Assert.NotNull(UsClocks["mclaughlin-48h"].Status(c, D1, null, Date(2025, 1, 7)));
    }
}
