using System.Collections.Immutable;
using System.IO;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Reclassification;
using Inl.Justice.RulePacks;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.Corrections.Reclassification;

/// <summary>The BOP review schedule (PS 5100.08 ch. 6; PS 5322.13) on the example register, and its invariants.</summary>
public sealed class ReviewScheduleTests
{
    private static readonly LocalDate On = new(2026, 11, 1);
    private static readonly ReviewSchedule Bop = RulePackCatalog.Default.Latest<ReviewSchedule>("us-bop-review-schedule");

    private static PopulationRegister Example() =>
        PopulationRegister.TryLoad(File.ReadAllBytes(TestData.RepoFile("docs/examples/population.json"))).Value;

    [Fact]
    public void The_example_register_has_five_overdue_reviews_worked_by_hand()
    {
        var docket = Bop.DueReviews(Example(), On);
        // P-101 program: last review 2025-08-10 + 180 days = 2026-02-06 (PS 5322.13, every 180 days).
        // P-101 custody: 2025-08-10 + 12 months = 2026-08-10 (PS 5100.08 ch. 6, at least every 12 months).
        // W-301 program: release 2027-02-01, so from 2026-02-01 reviews are every 90 days: 2026-06-01 + 90 = 2026-08-30.
        // P-104 custody: new sentence 2026-09-15 + 30 days (this pack's window) = 2026-10-15.
        // P-102 program: no review yet, admitted 2026-05-01 + 180 days = 2026-10-28.
        Assert.Equal(
            [("P-101", "bop-program-review", "2026-02-06", 268), ("P-101", "bop-custody-review", "2026-08-10", 83),
             ("W-301", "bop-program-review", "2026-08-30", 63), ("P-104", "bop-custody-review", "2026-10-15", 17),
             ("P-102", "bop-program-review", "2026-10-28", 4)],
            docket.Due.Select(d => (d.Person.Value, d.Review, d.DueOn.ToString("uuuu-MM-dd", null), d.DaysOverdue(On))));
        Assert.Equal([ReviewReason.Periodic, ReviewReason.Periodic, ReviewReason.PreRelease, ReviewReason.Event, ReviewReason.First], docket.Due.Select(d => d.Reason));
        Assert.Equal(5, docket.Overdue.Length);
        // W-304 is convicted but has no admission date: listed, not dropped. Untried and civil prisoners are outside the schedule.
        Assert.Equal("$.prisoners[12].admittedOn", Assert.Single(docket.Problems).Path);
    }

    [Fact]
    public void A_horizon_lists_what_falls_due_soon()
    {
        var docket = Bop.DueReviews(Example(), On, horizonDays: 30);
        // P-103: 90-day pre-release review 2026-08-15 + 90 = 2026-11-13; disciplinary finding 2026-10-20 + 30 = 2026-11-19.
        Assert.Contains(docket.Due, d => d is { Review: "bop-program-review", Reason: ReviewReason.PreRelease } && d.Person.Value == "P-103" && d.DueOn == new LocalDate(2026, 11, 13));
        Assert.Contains(docket.Due, d => d is { Review: "bop-custody-review", Reason: ReviewReason.Event } && d.Person.Value == "P-103" && d.DueOn == new LocalDate(2026, 11, 19));
        // W-303's custody review is recorded apart from her program review: 2025-11-20 + 12 months = 2026-11-20.
        Assert.Contains(docket.Due, d => d is { Review: "bop-custody-review", Reason: ReviewReason.Periodic } && d.Person.Value == "W-303" && d.DueOn == new LocalDate(2026, 11, 20));
        Assert.DoesNotContain(docket.Due, d => d is { Review: "bop-program-review" } && d.Person.Value == "W-303"); // 2026-07-01 + 180 = 2026-12-28
        // P-106's transfer triggers nothing: custody is kept on transfer.
        Assert.DoesNotContain(docket.Due, d => d.Person.Value == "P-106" && d.Reason == ReviewReason.Event);
    }

    [Fact]
    public void The_first_custody_review_is_seven_months_after_admission_with_month_end_clamping()
    {
        var r = Resident(new LocalDate(2026, 7, 31));
        var custody = Bop.NextReviews(r).Single(d => d.Review == "bop-custody-review");
        Assert.Equal(new LocalDate(2027, 2, 28), custody.DueOn); // 31 July + 7 months: no 31 February
        Assert.Equal(ReviewReason.First, custody.Reason);
        Assert.Equal(Verification.Secondary, custody.Citation.Verification);
    }

    [Fact]
    public void Kinds_of_review_recorded_separately_are_scheduled_separately()
    {
        // Custody reviewed 2026-03-01 (every 12 months: 2027-03-01); program reviewed 2026-06-01 (every 180 days: 2026-11-28).
        var r = Resident(new LocalDate(2025, 1, 10), last: new LocalDate(2026, 3, 1)) with
        {
            LastReviews = ImmutableSortedDictionary<string, LocalDate>.Empty.Add("bop-program-review", new LocalDate(2026, 6, 1)),
        };
        var next = Bop.NextReviews(r).ToDictionary(d => d.Review, d => d.DueOn);
        Assert.Equal(new LocalDate(2027, 3, 1), next["bop-custody-review"]);
        Assert.Equal(new LocalDate(2026, 11, 28), next["bop-program-review"]);
    }

    [Fact]
    public void A_last_review_of_a_kind_the_schedule_lacks_is_reported_not_ignored()
    {
        var r = Resident(new LocalDate(2025, 1, 10)) with
        {
            LastReviews = ImmutableSortedDictionary<string, LocalDate>.Empty.Add("parole-board", new LocalDate(2026, 6, 1)),
        };
        var docket = Bop.DueReviews(new PopulationRegister([r]), On, source: "pop.json");
        var problem = Assert.Single(docket.Problems);
        Assert.Equal(("pop.json", "$.prisoners[0].lastReviews['parole-board']"), (problem.Source, problem.Path));
        Assert.NotEmpty(docket.Due); // the prisoner is still scheduled on the kinds the schedule has
    }

    [Fact]
    public void Dockets_write_json()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Bop.DueReviews(Example(), On).ToJson())!;
        Assert.Equal("us-bop-review-schedule@1.0.0", (string)json["schedule"]!);
        Assert.Equal(268, (int)json["due"]![0]!["daysOverdue"]!);
        Assert.Equal("NewSentence", (string)json["due"]![3]!["event"]!["kind"]!);
    }

    [Fact]
    public void Schedule_packs_report_problems_with_paths()
    {
        var pack = System.Text.Json.Nodes.JsonNode.Parse(RulePackCatalog.EmbeddedJson("us-bop-review-schedule").ToArray())!;
        pack["reviews"]![0]!["first"] = new System.Text.Json.Nodes.JsonObject { ["days"] = 10, ["months"] = 1 };
        pack["reviews"]![1]!["beforeRelease"]!["every"]!["days"] = 400;
        pack["reviews"]![1]!["id"] = "bop-custody-review";
        var result = ReviewSchedule.TryLoad(System.Text.Encoding.UTF8.GetBytes(pack.ToJsonString()), "s.json");
        Assert.Equal(["$.reviews[0].first", "$.reviews[1].id", "$.reviews[1].beforeRelease.every"], result.Problems.Select(p => p.Path));
    }

    private static Resident Resident(LocalDate admitted, LocalDate? last = null, LocalDate? release = null, params ResidentEvent[] events) => new()
    {
        Id = new PersonId("R"),
        Sex = Sex.Male,
        DateOfBirth = new LocalDate(1980, 1, 1),
        LegalStatus = LegalStatus.Convicted,
        AdmittedOn = admitted,
        LastReviewOn = last,
        ReleaseOn = release,
        Events = [.. events],
    };

    public static Arbitrary<Resident> Residents() => Arb.From(
        from admitted in Arbitraries.DateBetween(new LocalDate(2015, 1, 1), new LocalDate(2026, 12, 31))
        from hasLast in Gen.Elements(false, true)
        from lastAfter in Gen.Choose(0, 1500)
        from hasRelease in Gen.Elements(false, true)
        from releaseAfter in Gen.Choose(30, 6000)
        from programAfter in Gen.Choose(-1, 1500)
        from count in Gen.Choose(0, 5)
        from events in Gen.ArrayOf(
            from kind in Gen.Elements(Enum.GetValues<ResidentEventKind>())
            from after in Gen.Choose(0, 2000)
            select new ResidentEvent(kind, admitted.PlusDays(after)), count)
        select Resident(admitted, hasLast ? admitted.PlusDays(lastAfter) : null, hasRelease ? admitted.PlusDays(releaseAfter) : null, events) with
        {
            LastReviews = programAfter < 0
                ? ImmutableSortedDictionary<string, LocalDate>.Empty
                : ImmutableSortedDictionary<string, LocalDate>.Empty.Add("bop-program-review", admitted.PlusDays(programAfter)),
        },
        r => (r.Events.IsEmpty ? [] : new[] { r with { Events = r.Events.RemoveAt(0) } })
            .Concat(r.LastReviews.IsEmpty ? [] : [r with { LastReviews = r.LastReviews.Clear() }]));

    [Property(Arbitrary = [typeof(ReviewScheduleTests)], MaxTest = 300)]
    public Property Reviews_are_never_due_before_the_last_review(Resident r) =>
        Bop.NextReviews(r).All(d => r.LastReviewOf(d.Review) is { } last ? d.DueOn > last : d.DueOn >= r.AdmittedOn!.Value).ToProperty();

    [Property(Arbitrary = [typeof(ReviewScheduleTests)], MaxTest = 300)]
    public Property No_event_trigger_is_skipped(Resident r)
    {
        var custody = Bop.NextReviews(r).Single(d => d.Review == "bop-custody-review");
        var triggering = r.Events.Where(e => e.Kind != ResidentEventKind.Transfer && (r.LastReviewOf("bop-custody-review") is not { } last || e.On > last));
        return triggering.All(e => custody.DueOn <= e.On.PlusDays(30)).ToProperty();
    }

    [Property(Arbitrary = [typeof(ReviewScheduleTests)], MaxTest = 300)]
    public Property Results_do_not_depend_on_the_order_of_events(Resident r) =>
        Bop.NextReviews(r).SequenceEqual(Bop.NextReviews(r with { Events = [.. r.Events.Reverse()] })).ToProperty();

    [Property(Arbitrary = [typeof(ReviewScheduleTests)], MaxTest = 300)]
    public Property The_window_before_release_never_lengthens_the_interval(Resident r)
    {
        var withRelease = Bop.NextReviews(r);
        var without = Bop.NextReviews(r with { ReleaseOn = null });
        return withRelease.Zip(without).All(p => p.First.DueOn <= p.Second.DueOn).ToProperty();
    }
}
