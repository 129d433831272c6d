using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.CaseFlow.Clocks;

/// <summary>
/// A compiled statutory-clocks pack (rule pack kind <c>statutory-clocks</c>): the time limits of one jurisdiction's
/// criminal procedure (e.g. the Speedy Trial Act), each citing its provision, and the id of the court calendar they
/// count on. Immutable and thread-safe; every evaluation is a pure function of its arguments.
/// </summary>
public sealed class ClockSet : IRulePack<ClockSet>
{
    /// <summary>The <c>header.kind</c> of clock packs.</summary>
    public const string Kind = "statutory-clocks";

    private readonly ClockPackJson document;

    internal ClockSet(RulePackHeader header, ClockPackJson document, string? calendarId, ImmutableArray<StatutoryClock> clocks)
    {
        Header = header;
        this.document = document;
        CalendarId = calendarId;
        Clocks = clocks;
    }

    /// <inheritdoc/>
    public static string PackKind => Kind;

    /// <inheritdoc/>
    public RulePackHeader Header { get; }

    /// <summary>Gets the id of the court-calendar pack the clocks count on, or <see langword="null"/> when no clock needs one.</summary>
    public string? CalendarId { get; }

    /// <summary>Gets the clocks, in pack order.</summary>
    public ImmutableArray<StatutoryClock> Clocks { get; }

    /// <summary>Gets a value indicating whether any clock needs a court calendar.</summary>
    public bool RequiresCalendar => Clocks.Any(c => c.RequiresCalendar);

    /// <summary>Gets the clock with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No clock has that id.</exception>
    public StatutoryClock this[string id] => Clocks.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No clock '{id}' in {Header.Key}");

    /// <summary>Reads, validates and compiles a clock pack, reporting every problem with its JSON path.</summary>
    /// <param name="utf8Json">The pack as UTF-8 JSON (a byte-order mark is allowed; comments are skipped).</param>
    /// <param name="source">A label for problems, such as the file name.</param>
    public static Validated<ClockSet> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null) =>
        RulePackLoader.Load(utf8Json, source, ClockPackJsonContext.Default.ClockPackJson, Kind, ClockCompiler.Compile);

    /// <summary>Reads, validates and compiles a clock pack.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    public static ClockSet Load(ReadOnlyMemory<byte> utf8Json, string? source = null) => TryLoad(utf8Json, source).Value;

    /// <summary>Reads, validates and compiles a clock pack from a file.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ClockSet LoadFile(string path) => Load(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Gets the JSON Schema of clock packs (published as <c>docs/schemas/statutory-clocks.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        ClockPackJsonContext.Default.ClockPackJson,
        "https://inl-justice-sdk/schemas/statutory-clocks.schema.json",
        "Inl.Justice.Sdk statutory-clocks rule pack",
        "Statutory time limits of criminal procedure: for each clock a trigger (an event, or the latest or earliest of several), a limit in days, hours or months, the counting convention, stopping and ending events, excludable periods with caps, the condition under which it applies, effective dates and the citation of its provision. Rules the schema cannot express (exactly one trigger form and one limit unit, the counting fields each unit needs, unique ids, known sources) are checked by the loader; see docs/caseflow.md.");

    /// <summary>Writes the pack back as UTF-8 JSON; loading the result gives clocks with identical behaviour.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(document, ClockPackJsonContext.Default.ClockPackJson);

    /// <summary>
    /// Every clock that applies to every defendant of <paramref name="courtCase"/> at <paramref name="asOf"/>, ordered by
    /// defendant (case order), clock (pack order) then episode: a clock that ran before (the 48 hours of a first arrest)
    /// and runs again (after a re-arrest) is reported once per episode, oldest first, so an earlier missed limit stays
    /// visible next to the current one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="courtCase"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A clock needs a calendar and none is given.</exception>
    public ImmutableArray<ClockStatus> Evaluate(CourtCase courtCase, CourtCalendar? calendar, Instant asOf)
    {
        Preconditions.CheckNotNull(courtCase, nameof(courtCase));
        var result = ImmutableArray.CreateBuilder<ClockStatus>();
        foreach (var defendant in courtCase.Defendants.Select(d => d.Id).Distinct())
        {
            foreach (var clock in Clocks)
            {
                var episodes = clock.Episodes(courtCase, defendant, calendar, asOf);
                if (!episodes.IsEmpty)
                {
                    result.AddRange(episodes);
                }
                else if (clock.Status(courtCase, defendant, calendar, asOf) is { } status)
                {
                    result.Add(status);
                }
            }
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// Problems with <paramref name="courtCase"/> for these clocks, under <paramref name="path"/>: excluded periods whose
    /// reason no clock of the set knows (a typo would otherwise silently shorten the extension).
    /// </summary>
    public ImmutableArray<Problem> Check(CourtCase courtCase, string path = "$", string? source = null)
    {
        Preconditions.CheckNotNull(courtCase, nameof(courtCase));
        var known = Clocks.SelectMany(c => c.Exclusions).Select(x => x.Reason).ToHashSet(StringComparer.Ordinal);
        var problems = ImmutableArray.CreateBuilder<Problem>();
        for (var i = 0; i < courtCase.Exclusions.Length; i++)
        {
            var reason = courtCase.Exclusions[i].Reason;
            if (!known.Contains(reason))
            {
                problems.Add(new Problem(source, $"{path}.exclusions[{i}].reason",
                    known.Count == 0
                        ? $"no clock of {Header.Key} excludes '{reason}' (the pack excludes no periods)"
                        : $"no clock of {Header.Key} excludes '{reason}' (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})"));
            }
        }
        return problems.ToImmutable();
    }
}
