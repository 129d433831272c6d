using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections.Reclassification;

/// <summary>
/// When classification reviews fall due, from a <c>review-schedule</c> pack (default <c>us-bop-review-schedule</c>): for
/// each kind of review, a first review after admission, a periodic interval (shorter in a window before release) and
/// event triggers. Pure: dates come in as arguments; immutable and thread-safe.
/// </summary>
/// <remarks>
/// A kind's next due date is the earliest of: the first review (admission + first) when there has been no review; the
/// periodic review (last + every), or, inside the window before release, last + the shorter interval (and never later
/// than the window's start + the shorter interval); and, for every event after the last review (after admission when
/// there has been none), the event's date + its trigger's window.
/// </remarks>
public sealed class ReviewSchedule : IRulePack<ReviewSchedule>
{
    /// <summary>The <c>header.kind</c> of schedule packs.</summary>
    public const string Kind = "review-schedule";

    private readonly ImmutableArray<CompiledReview> reviews;
    private readonly ImmutableArray<LegalStatus> appliesTo;
    private readonly string key;

    private ReviewSchedule(RulePackHeader header, ImmutableArray<CompiledReview> reviews, ImmutableArray<LegalStatus> appliesTo)
    {
        Header = header;
        key = header.Key;
        this.reviews = reviews;
        this.appliesTo = appliesTo;
    }

    /// <summary>Gets the legal statuses the schedule applies to (empty: everyone).</summary>
    public ImmutableArray<LegalStatus> AppliesTo => appliesTo;

    /// <summary>Whether the schedule applies to <paramref name="resident"/>'s legal status.</summary>
    public bool AppliesToResident(Resident resident) =>
        appliesTo.IsEmpty || appliesTo.Contains(Preconditions.CheckNotNull(resident, nameof(resident)).LegalStatus);

    /// <inheritdoc/>
    public static string PackKind => Kind;

    /// <inheritdoc/>
    public RulePackHeader Header { get; }

    /// <summary>Gets the review kinds' ids, in pack order.</summary>
    public ImmutableArray<string> Reviews => [.. reviews.Select(r => r.Id)];

    /// <summary>Gets the JSON Schema of schedule packs (published as <c>docs/schemas/review-schedule.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        ReviewSchedulePackJsonContext.Default.ReviewSchedulePackJson,
        "https://inl-justice-sdk/schemas/review-schedule.schema.json",
        "Inl.Justice.Sdk review-schedule rule pack",
        "Classification review schedules: first review, periodic interval, pre-release window and event triggers, each citing its provision.");

    /// <summary>Reads, validates and compiles a schedule pack, reporting every problem with its JSON path.</summary>
    public static Validated<ReviewSchedule> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null) =>
        RulePackLoader.Load(utf8Json, source, ReviewSchedulePackJsonContext.Default.ReviewSchedulePackJson, Kind, Compile);

    /// <summary>Reads, validates and compiles a schedule pack.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    public static ReviewSchedule Load(ReadOnlyMemory<byte> utf8Json, string? source = null) => TryLoad(utf8Json, source).Value;

    /// <summary>Reads a schedule pack from a file.</summary>
    /// <exception cref="RulePackException">The pack has problems.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReviewSchedule LoadFile(string path) => Load(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>The next due review of each kind for <paramref name="resident"/>, with its reason and citation.</summary>
    /// <exception cref="ArgumentException">The resident has no admission date.</exception>
    public ImmutableArray<DueReview> NextReviews(Resident resident)
    {
        Preconditions.CheckNotNull(resident, nameof(resident));
        Preconditions.CheckArgument(resident.AdmittedOn is not null, nameof(resident), $"Prisoner {resident.Id} has no admission date; a review cannot be scheduled");
        var builder = ImmutableArray.CreateBuilder<DueReview>(reviews.Length);
        foreach (var review in reviews)
        {
            builder.Add(Next(review, resident));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>
    /// The reviews due on or before <paramref name="asOf"/> + <paramref name="horizonDays"/> (overdue ones included),
    /// earliest first, for the prisoners whose legal status the schedule applies to. Those without an admission date,
    /// and last reviews of kinds this schedule does not have, are listed as problems, not skipped silently.
    /// </summary>
    public ReviewDocket DueReviews(PopulationRegister population, LocalDate asOf, int horizonDays = 0, string? source = null)
    {
        Preconditions.CheckNotNull(population, nameof(population));
        Preconditions.CheckNonNegative(nameof(horizonDays), horizonDays);
        var horizon = asOf.PlusDays(horizonDays);
        var due = new List<DueReview>();
        var problemList = new List<Problem>();
        for (var i = 0; i < population.Prisoners.Length; i++)
        {
            var r = population.Prisoners[i];
            if (!AppliesToResident(r))
            {
                continue;
            }
            var path = JsonShape.Index("$.prisoners", i);
            if (r.AdmittedOn is null)
            {
                problemList.Add(new Problem(source, path + ".admittedOn", $"{r.Id} has no admission date, so no review can be scheduled"));
                continue;
            }
            foreach (var kind in r.LastReviews.Keys)
            {
                if (!reviews.Any(x => x.Id == kind))
                {
                    problemList.Add(new Problem(source, JsonShape.Child(path + ".lastReviews", kind), $"'{kind}' is not a review of {key} (it has {string.Join(", ", reviews.Select(x => x.Id))})"));
                }
            }
            foreach (var review in reviews)
            {
                var next = Next(review, r);
                if (next.DueOn <= horizon)
                {
                    due.Add(next);
                }
            }
        }
        return new ReviewDocket(
            key,
            asOf,
            [.. due.OrderBy(d => d.DueOn).ThenBy(d => d.Person).ThenBy(d => d.Review, StringComparer.Ordinal)],
            [.. problemList]);
    }

    private static DueReview Next(CompiledReview review, Resident r)
    {
        var admitted = r.AdmittedOn!.Value;
        var lastOfKind = r.LastReviewOf(review.Id);
        DueReview best;
        if (lastOfKind is not { } last)
        {
            best = new DueReview(r.Id, review.Id, review.Title, review.First.AddTo(admitted), ReviewReason.First, null, review.FirstCitation);
        }
        else
        {
            best = new DueReview(r.Id, review.Id, review.Title, review.Every.AddTo(last), ReviewReason.Periodic, null, review.EveryCitation);
            if (review.Window is { } window && r.ReleaseOn is { } release)
            {
                var windowStart = window.Within.SubtractFrom(release);
                var shorter = window.Every.AddTo(last < windowStart ? windowStart : last);
                if (shorter < best.DueOn)
                {
                    best = best with { DueOn = shorter, Reason = ReviewReason.PreRelease, Citation = window.Citation };
                }
            }
        }
        foreach (var e in r.Events)
        {
            // Events on the day of the last review are taken to have been considered by it.
            if (lastOfKind is { } reviewed && e.On <= reviewed)
            {
                continue;
            }
            foreach (var t in review.Triggers)
            {
                if (t.Event == e.Kind)
                {
                    var due = t.Within.AddTo(e.On);
                    // Between events giving the same date, the earliest (then the lowest kind) explains it, whatever their order.
                    if (due < best.DueOn || (due == best.DueOn && best.Event is { } other && (e.On, e.Kind).CompareTo((other.On, other.Kind)) < 0))
                    {
                        best = new DueReview(r.Id, review.Id, review.Title, due, ReviewReason.Event, e, t.Citation);
                    }
                }
            }
        }
        return best;
    }

    private static ReviewSchedule? Compile(ReviewSchedulePackJson doc, RulePackHeader? header, ProblemSink problems)
    {
        var before = problems.Count;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var compiled = ImmutableArray.CreateBuilder<CompiledReview>();
        if (doc.Reviews.Length == 0)
        {
            problems.Add("$.reviews", "at least one review kind is required");
        }
        for (var i = 0; i < doc.Reviews.Length; i++)
        {
            var r = doc.Reviews[i];
            var path = JsonShape.Index("$.reviews", i);
            var k = problems.Count;
            if (string.IsNullOrWhiteSpace(r.Id))
            {
                problems.Add(path + ".id", "an id is required");
            }
            else if (!ids.Add(r.Id))
            {
                problems.Add(path + ".id", $"duplicate review id '{r.Id}'");
            }
            if (string.IsNullOrWhiteSpace(r.Title))
            {
                problems.Add(path + ".title", "a title is required");
            }
            var citation = CitationJson.Compile(r.Citation, path + ".citation", doc.Header, problems);
            var first = Interval(r.First, path + ".first", problems);
            var every = Interval(r.Every, path + ".every", problems);
            var firstCitation = r.First.Citation is null ? citation : CitationJson.Compile(r.First.Citation, path + ".first.citation", doc.Header, problems);
            var everyCitation = r.Every.Citation is null ? citation : CitationJson.Compile(r.Every.Citation, path + ".every.citation", doc.Header, problems);
            Window? window = null;
            if (r.BeforeRelease is { } w)
            {
                var within = Interval(w.Within, path + ".beforeRelease.within", problems);
                var shorter = Interval(w.Every, path + ".beforeRelease.every", problems);
                var wc = CitationJson.Compile(w.Citation, path + ".beforeRelease.citation", doc.Header, problems);
                if (every is { } e && shorter is { } s && Longer(s, e))
                {
                    problems.Add(path + ".beforeRelease.every", $"the interval before release ({s}) must not be longer than the usual one ({e})");
                }
                if (within is { } a && shorter is { } b && wc is not null)
                {
                    window = new Window(a, b, wc);
                }
            }
            var triggers = ImmutableArray.CreateBuilder<Trigger>();
            for (var j = 0; j < (r.Triggers?.Length ?? 0); j++)
            {
                var t = r.Triggers![j];
                var tp = JsonShape.Index(path + ".triggers", j);
                if (r.Triggers.Take(j).Any(x => x.Event == t.Event))
                {
                    problems.Add(tp + ".event", $"duplicate trigger for {t.Event}");
                }
                var within = Interval(t.Within, tp + ".within", problems, allowZero: true);
                var tc = CitationJson.Compile(t.Citation, tp + ".citation", doc.Header, problems);
                if (within is { } wi && tc is not null)
                {
                    triggers.Add(new Trigger(t.Event, wi, tc));
                }
            }
            if (problems.Count == k && first is { } f && every is { } ev && citation is not null && firstCitation is not null && everyCitation is not null)
            {
                compiled.Add(new CompiledReview(r.Id, r.Title, f, firstCitation, ev, everyCitation, window, triggers.ToImmutable()));
            }
        }
        return problems.Count > before || header is null ? null : new ReviewSchedule(header, compiled.ToImmutable(), [.. (doc.AppliesTo ?? []).Distinct()]);
    }

    /// <summary>Whether <paramref name="a"/> is longer than <paramref name="b"/> for every start date (days vs months compared at their shortest/longest).</summary>
    private static bool Longer(ReviewInterval a, ReviewInterval b) =>
        (a.Months, b.Months) switch
        {
            (0, 0) => a.Days > b.Days,
            (_, 0) => a.Months * 28 > b.Days,
            (0, _) => a.Days > b.Months * 31,
            _ => a.Months > b.Months,
        };

    private static ReviewInterval? Interval(IntervalJson json, string path, ProblemSink problems, bool allowZero = false)
    {
        if ((json.Days is null) == (json.Months is null))
        {
            problems.Add(path, "give exactly one of 'days' or 'months'");
            return null;
        }
        var value = json.Days ?? json.Months!.Value;
        var unit = json.Days is null ? "months" : "days";
        var max = json.Days is null ? 600 : 20_000;
        if (value < (allowZero ? 0 : 1) || value > max)
        {
            problems.Add(path + "." + unit, $"must lie within {(allowZero ? 0 : 1)}–{max}");
            return null;
        }
        return json.Days is { } d ? new ReviewInterval(d, 0) : new ReviewInterval(0, json.Months!.Value);
    }

    private sealed record Window(ReviewInterval Within, ReviewInterval Every, Citation Citation);

    private sealed record Trigger(ResidentEventKind Event, ReviewInterval Within, Citation Citation);

    private sealed record CompiledReview(
        string Id,
        string Title,
        ReviewInterval First,
        Citation FirstCitation,
        ReviewInterval Every,
        Citation EveryCitation,
        Window? Window,
        ImmutableArray<Trigger> Triggers);
}
