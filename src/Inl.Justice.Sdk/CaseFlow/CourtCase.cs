using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.CaseFlow;

/// <summary>
/// A criminal case: its defendants, charges, the timeline of events and the periods the clocks exclude, in the court's
/// time zone. Build it in code or read it with <see cref="CaseDocket.TryLoad"/>; <see cref="Check"/> lists impossible
/// sequences (a judgment before any charge) as problems. Immutable and thread-safe.
/// </summary>
public sealed record CourtCase
{
    /// <summary>Gets the case number.</summary>
    public required string Id { get; init => field = Preconditions.CheckNotBlank(value, nameof(Id)); }

    /// <summary>Gets the court's name, or <see langword="null"/>.</summary>
    public string? Court { get; init; }

    /// <summary>Gets the court's time zone: moments are read in it, and day counts use its dates.</summary>
    public required DateTimeZone TimeZone { get; init => field = Preconditions.CheckNotNull(value, nameof(TimeZone)); }

    /// <summary>Gets the id of the clock pack that governs the case (e.g. <c>us-federal-criminal-clocks</c>), or <see langword="null"/>.</summary>
    public string? Clocks { get; init; }

    /// <summary>Gets the defendants.</summary>
    public required ImmutableArray<Defendant> Defendants { get; init => field = value.IsDefault ? [] : value; }

    /// <summary>Gets the charges.</summary>
    public ImmutableArray<Charge> Charges { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Gets the events, in the order recorded.</summary>
    public required ImmutableArray<CaseEvent> Events { get; init => field = value.IsDefault ? [] : value; }

    /// <summary>Gets the excluded periods.</summary>
    public ImmutableArray<ExcludedPeriod> Exclusions { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Value equality, including the contents of the collections.</summary>
    public bool Equals(CourtCase? other) =>
        other is not null && Id == other.Id && Court == other.Court && TimeZone.Equals(other.TimeZone) && Clocks == other.Clocks
        && Defendants.SequenceEqual(other.Defendants) && Charges.SequenceEqual(other.Charges) && Events.SequenceEqual(other.Events)
        && Exclusions.SequenceEqual(other.Exclusions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Events.Length);

    /// <summary>The events that concern <paramref name="defendant"/> and happened at or before <paramref name="asOf"/>, in time order (ties keep the recorded order).</summary>
    public ImmutableArray<CaseEvent> EventsFor(PersonId defendant, Instant asOf) =>
        [.. Ordered(Events.Where(e => e.Concerns(defendant) && e.Time.IsAtOrBefore(asOf, TimeZone)))];

    /// <summary>The stage <paramref name="defendant"/>'s part of the case has reached at <paramref name="asOf"/>.</summary>
    public CaseStage StageOf(PersonId defendant, Instant asOf)
    {
        var stage = CaseStage.PreCharge;
        foreach (var e in EventsFor(defendant, asOf))
        {
            var reached = e.Kind switch
            {
                CaseEventKind.ChargeFiled or CaseEventKind.Arraignment => CaseStage.Charged,
                CaseEventKind.TrialStarted => CaseStage.Trial,
                CaseEventKind.Judgment or CaseEventKind.PleaAccepted => CaseStage.Judgment,
                CaseEventKind.Sentence => CaseStage.Sentenced,
                CaseEventKind.AppealFiled => CaseStage.Appeal,
                CaseEventKind.Dismissed => CaseStage.Dismissed,
                _ => CaseStage.PreCharge,
            };
            stage = reached > stage ? reached : stage;
        }
        return stage;
    }

    /// <summary>
    /// The start of <paramref name="defendant"/>'s current continuous custody at <paramref name="asOf"/> (the first
    /// arrest, police custody or detention order not followed by a release), or <see langword="null"/> when not in custody.
    /// </summary>
    public EventTime? CustodySince(PersonId defendant, Instant asOf)
    {
        EventTime? since = null;
        foreach (var e in EventsFor(defendant, asOf))
        {
            if (IsCustodyStart(e.Kind))
            {
                since ??= e.Time;
            }
            else if (e.Kind == CaseEventKind.Released)
            {
                since = null;
            }
        }
        return since;
    }

    /// <summary>Whether <paramref name="defendant"/> is in custody just after <paramref name="time"/> (events at that time included).</summary>
    public bool InCustodyAt(PersonId defendant, EventTime time)
    {
        var inCustody = false;
        foreach (var e in Ordered(Events.Where(e => e.Concerns(defendant) && EventTime.Compare(e.Time, time, TimeZone) <= 0)))
        {
            if (IsCustodyStart(e.Kind))
            {
                inCustody = true;
            }
            else if (e.Kind == CaseEventKind.Released)
            {
                inCustody = false;
            }
        }
        return inCustody;
    }

    /// <summary>
    /// Lists the case's inconsistencies as problems under <paramref name="path"/> (e.g. <c>$.cases[0]</c>): events or
    /// charges naming an unknown defendant, duplicate ids, and impossible sequences (a trial, judgment, accepted plea
    /// or arraignment before any charge, a sentence or appeal before a judgment or an accepted plea). Requirements are
    /// transitive: a sentence or appeal before any charge is reported too, even after a judgment that was itself too early.
    /// </summary>
    /// <param name="path">The JSON path of the case, used as the prefix of each problem's path.</param>
    /// <param name="source">The document's label, or <see langword="null"/>.</param>
    public ImmutableArray<Problem> Check(string path = "$", string? source = null)
    {
        var problems = new List<Problem>();
        void Add(string p, string message) => problems.Add(new Problem(source, p, message));
        var ids = new HashSet<PersonId>();
        for (var i = 0; i < Defendants.Length; i++)
        {
            if (!ids.Add(Defendants[i].Id))
            {
                Add($"{path}.defendants[{i}].id", $"duplicate defendant id '{Defendants[i].Id}'");
            }
        }
        if (Defendants.IsEmpty)
        {
            Add(path + ".defendants", "a case has at least one defendant");
        }
        var chargeIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Charges.Length; i++)
        {
            if (!chargeIds.Add(Charges[i].Id))
            {
                Add($"{path}.charges[{i}].id", $"duplicate charge id '{Charges[i].Id}'");
            }
            if (Charges[i].Defendant is { } d && !ids.Contains(d))
            {
                Add($"{path}.charges[{i}].defendant", $"'{d}' is not a defendant of the case");
            }
        }
        for (var i = 0; i < Events.Length; i++)
        {
            if (Events[i].Defendant is { } d && !ids.Contains(d))
            {
                Add($"{path}.events[{i}].defendant", $"'{d}' is not a defendant of the case");
            }
        }
        for (var i = 0; i < Exclusions.Length; i++)
        {
            if (Exclusions[i].Defendant is { } d && !ids.Contains(d))
            {
                Add($"{path}.exclusions[{i}].defendant", $"'{d}' is not a defendant of the case");
            }
        }
        var reported = new HashSet<int>();
        foreach (var defendant in Defendants.Select(d => d.Id).Distinct())
        {
            CheckSequence(defendant, path, reported, Add);
        }
        return [.. problems];
    }

    private void CheckSequence(PersonId defendant, string path, HashSet<int> reported, Action<string, string> add)
    {
        var order = Enumerable.Range(0, Events.Length).Where(i => Events[i].Concerns(defendant))
            .OrderBy(i => i, Comparer<int>.Create((a, b) => EventTime.Compare(Events[a].Time, Events[b].Time, TimeZone) is var c && c != 0 ? c : a.CompareTo(b)))
            .ToList();
        var seen = new HashSet<CaseEventKind>();
        foreach (var i in order)
        {
            var e = Events[i];
            var missing = RequiredBefore(e.Kind).Where(r => !r.AnyOf.Any(seen.Contains)).Select(r => r.Text).ToList();
            if (missing.Count > 0 && reported.Add(i))
            {
                var when = e.Time.ToString(TimeZone);
                add($"{path}.events[{i}]", $"{e.Kind} on {when} comes before {string.Join(", and before ", missing)}{(e.Defendant is null ? $" for defendant '{defendant}'" : string.Empty)}: impossible sequence");
            }
            seen.Add(e.Kind);
        }
    }

    /// <summary>One requirement of an event: at least one of <paramref name="AnyOf"/> must come at or before it.</summary>
    internal sealed record Precondition(string Text, ImmutableArray<CaseEventKind> AnyOf);

    private static readonly Precondition ChargeFiled = new("a charge filed", [CaseEventKind.ChargeFiled]);
    private static readonly Precondition Conviction = new("a judgment or an accepted plea", [CaseEventKind.Judgment, CaseEventKind.PleaAccepted]);

    /// <summary>The direct requirements: a trial, judgment, arraignment or accepted plea needs a charge; a sentence or appeal a judgment or an accepted plea.</summary>
    private static readonly ImmutableDictionary<CaseEventKind, ImmutableArray<Precondition>> Direct = new Dictionary<CaseEventKind, ImmutableArray<Precondition>>
    {
        [CaseEventKind.TrialStarted] = [ChargeFiled],
        [CaseEventKind.Judgment] = [ChargeFiled],
        [CaseEventKind.Arraignment] = [ChargeFiled],
        [CaseEventKind.PleaAccepted] = [ChargeFiled],
        [CaseEventKind.Sentence] = [Conviction],
        [CaseEventKind.AppealFiled] = [Conviction],
    }.ToImmutableDictionary();

    private static readonly ImmutableDictionary<CaseEventKind, ImmutableArray<Precondition>> Transitive =
        Enum.GetValues<CaseEventKind>().ToImmutableDictionary(k => k, k => Close(k, []));

    /// <summary>
    /// What must come at or before an event of <paramref name="kind"/>, transitively: its direct requirements, then every
    /// requirement shared by all the alternatives of one of them (a sentence needs a judgment or an accepted plea, both
    /// of which need a charge, so a sentence needs a charge).
    /// </summary>
    internal static ImmutableArray<Precondition> RequiredBefore(CaseEventKind kind) => Transitive.TryGetValue(kind, out var r) ? r : [];

    private static ImmutableArray<Precondition> Close(CaseEventKind kind, ImmutableHashSet<CaseEventKind> visiting)
    {
        if (!Direct.TryGetValue(kind, out var direct) || visiting.Contains(kind))
        {
            return [];
        }
        var inner = visiting.Add(kind);
        var result = new List<Precondition>(direct);
        foreach (var requirement in direct)
        {
            var shared = requirement.AnyOf.Select(a => Close(a, inner)).Aggregate((x, y) => [.. x.Where(y.Contains)]);
            result.AddRange(shared.Where(p => !result.Contains(p)));
        }
        return [.. result];
    }

    internal static bool IsCustodyStart(CaseEventKind kind) =>
        kind is CaseEventKind.Arrest or CaseEventKind.PoliceCustodyStarted or CaseEventKind.DetentionOrdered;

    private IEnumerable<CaseEvent> Ordered(IEnumerable<CaseEvent> events) =>
        events.Select((e, i) => (e, i)).OrderBy(x => x, Comparer<(CaseEvent E, int I)>.Create((a, b) =>
            EventTime.Compare(a.E.Time, b.E.Time, TimeZone) is var c && c != 0 ? c : a.I.CompareTo(b.I))).Select(x => x.e);
}
