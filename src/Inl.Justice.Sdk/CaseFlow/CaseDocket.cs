using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.CaseFlow;

/// <summary>
/// A docket: the cases a court or programme follows, as read from JSON
/// (<c>{"cases":[{"id","court","timeZone","clocks","defendants","charges","events","exclusions"}]}</c>). Loading reports
/// every problem with its JSON path, including impossible sequences of events. Immutable.
/// </summary>
public sealed class CaseDocket
{
    /// <summary>Creates a docket.</summary>
    /// <exception cref="ArgumentException">The array is default, or two cases share an id.</exception>
    public CaseDocket(ImmutableArray<CourtCase> cases)
    {
        Preconditions.CheckArgument(!cases.IsDefault, nameof(cases), "Cases must not be default");
        var duplicate = cases.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(cases), $"Duplicate case id '{duplicate?.Key}'");
        Cases = cases;
    }

    /// <summary>Gets the cases, in document order.</summary>
    public ImmutableArray<CourtCase> Cases { get; }

    /// <summary>Gets the JSON Schema of docket documents (published as <c>docs/schemas/case-docket.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        CaseDocketJsonContext.Default.CaseDocketJson,
        "https://inl-justice-sdk/schemas/case-docket.schema.json",
        "Inl.Justice.Sdk case docket",
        "Criminal cases with their court time zone (tz database id), the clock pack that governs them, defendants, charges, a timeline of events (each with a UTC moment, at, or a court day, on) and excluded periods (inclusive dates, with the reason code a clock pack defines). An arrest may say whether it was made under a warrant (withWarrant; not recorded means warrantless). The loader also checks what the schema cannot express: exactly one of at/on, withWarrant only on an Arrest, known defendants, unique ids, and impossible sequences such as a judgment before any charge.");

    /// <summary>Reads a docket, reporting every problem with its JSON path.</summary>
    /// <param name="utf8Json">The docket as UTF-8 JSON (a byte-order mark is allowed; comments are skipped).</param>
    /// <param name="source">A label for problems, such as the file name.</param>
    public static Validated<CaseDocket> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null)
    {
        var problems = new ProblemSink(source);
        var json = JsonDocumentReader.Read(utf8Json, CaseDocketJsonContext.Default.CaseDocketJson, problems);
        if (json is null)
        {
            return Validated<CaseDocket>.Failure(problems.ToImmutable());
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var cases = ImmutableArray.CreateBuilder<CourtCase>(json.Cases.Length);
        for (var i = 0; i < json.Cases.Length; i++)
        {
            var path = JsonShape.Index("$.cases", i);
            var c = ReadCase(json.Cases[i], path, problems);
            if (c is null)
            {
                continue;
            }
            if (!ids.Add(c.Id))
            {
                problems.Add(path + ".id", $"duplicate case id '{c.Id}'");
                continue;
            }
            var caseProblems = c.Check(path, source);
            foreach (var p in caseProblems)
            {
                problems.Add(p);
            }
            cases.Add(c);
        }
        return problems.HasProblems
            ? Validated<CaseDocket>.Failure(problems.ToImmutable())
            : Validated<CaseDocket>.Success(new CaseDocket(cases.ToImmutable()));
    }

    /// <summary>Reads a docket from a file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Validated<CaseDocket> TryLoadFile(string path) => TryLoad(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Finds a case by id.</summary>
    public CourtCase? Find(string id) => Cases.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>Writes the docket as indented UTF-8 JSON in the form <see cref="TryLoad"/> reads.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        new CaseDocketJson([.. Cases.Select(c => new CaseJson(
            c.Id,
            c.TimeZone.Id,
            [.. c.Defendants.Select(d => new DefendantJson(d.Id.Value, d.Name))],
            [.. c.Events.Select(e => new CaseEventJson(e.Kind, e.Time.Moment, e.Time.IsDateOnly ? e.Time.DateIn(c.TimeZone) : null, e.Defendant?.Value, e.Note, e.WithWarrant ? true : null))],
            c.Court,
            c.Clocks,
            c.Charges.IsEmpty ? null : [.. c.Charges.Select(ch => new ChargeJson(ch.Id, ch.Offence, ch.Defendant?.Value, ch.MaxPenaltyYears, ch.LifeOrDeath, ch.MinPenaltyYears))],
            c.Exclusions.IsEmpty ? null : [.. c.Exclusions.Select(x => new ExcludedPeriodJson(x.Reason, x.Period.Start, x.Period.End, x.Defendant?.Value, x.Note))]))]),
        CaseDocketJsonContext.Default.CaseDocketJson);

    /// <summary>The dates a docket may hold: court calendars and clocks are computed for these years.</summary>
    internal static readonly DateInterval SupportedDates = new(new LocalDate(1900, 1, 1), new LocalDate(2199, 12, 31));

    private static void CheckDate(LocalDate date, string path, ProblemSink problems)
    {
        if (!SupportedDates.Contains(date))
        {
            problems.Add(path, $"{date:uuuu-MM-dd} is outside the supported dates 1900-01-01..2199-12-31");
        }
    }

    private static CourtCase? ReadCase(CaseJson c, string path, ProblemSink problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(c.Id))
        {
            problems.Add(path + ".id", "a case number is required");
        }
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(c.TimeZone);
        if (zone is null)
        {
            problems.Add(path + ".timeZone", $"'{c.TimeZone}' is not a tz database time zone id (e.g. 'America/New_York', 'Africa/Nairobi')");
        }
        if (c.Clocks is not null && !RulePackHeaderJson.IsPackId(c.Clocks))
        {
            problems.Add(path + ".clocks", $"'{c.Clocks}' is not a pack id");
        }
        PersonId? Person(string? id, string p)
        {
            if (id is null)
            {
                return null;
            }
            if (PersonId.Check(id) is { } problem)
            {
                problems.Add(p, problem);
                return null;
            }
            return new PersonId(id);
        }
        var defendants = new List<Defendant>();
        for (var i = 0; i < c.Defendants.Length; i++)
        {
            if (Person(c.Defendants[i].Id, JsonShape.Index(path + ".defendants", i) + ".id") is { } id)
            {
                defendants.Add(new Defendant(id, c.Defendants[i].Name));
            }
        }
        var charges = new List<Charge>();
        for (var i = 0; i < (c.Charges?.Length ?? 0); i++)
        {
            var ch = c.Charges![i];
            var p = JsonShape.Index(path + ".charges", i);
            if (string.IsNullOrWhiteSpace(ch.Id))
            {
                problems.Add(p + ".id", "a charge id is required");
            }
            if (string.IsNullOrWhiteSpace(ch.Offence))
            {
                problems.Add(p + ".offence", "the offence is required");
            }
            if (ch.MaxPenaltyYears is < 0 or > 200)
            {
                problems.Add(p + ".maxPenaltyYears", $"must be 0 to 200 (found {ch.MaxPenaltyYears})");
            }
            if (ch.MinPenaltyYears is < 0 or > 200)
            {
                problems.Add(p + ".minPenaltyYears", $"must be 0 to 200 (found {ch.MinPenaltyYears})");
            }
            else if (ch is { MinPenaltyYears: { } least, MaxPenaltyYears: { } most } && least > most)
            {
                problems.Add(p + ".minPenaltyYears", $"the minimum term ({least} years) exceeds the maximum ({most} years)");
            }
            charges.Add(new Charge(ch.Id, ch.Offence, Person(ch.Defendant, p + ".defendant"), ch.MaxPenaltyYears, ch.LifeOrDeath, ch.MinPenaltyYears));
        }
        var events = new List<CaseEvent>();
        for (var i = 0; i < c.Events.Length; i++)
        {
            var e = c.Events[i];
            var p = JsonShape.Index(path + ".events", i);
            if ((e.At is null) == (e.On is null))
            {
                problems.Add(p, "give exactly one of 'at' (a UTC moment such as 2025-01-06T15:30:00Z) or 'on' (a court day such as 2025-01-30)");
                continue;
            }
            CheckDate(e.On ?? e.At!.Value.InUtc().Date, p + (e.On is null ? ".at" : ".on"), problems);
            if (e.WithWarrant is not null && e.Kind != CaseEventKind.Arrest)
            {
                problems.Add(p + ".withWarrant", $"only an Arrest is made with or without a warrant (found {e.Kind})");
            }
            events.Add(new CaseEvent(e.Kind, e.At is { } at ? EventTime.At(at) : EventTime.On(e.On!.Value), Person(e.Defendant, p + ".defendant"), e.Note, e.WithWarrant ?? false));
        }
        var exclusions = new List<ExcludedPeriod>();
        for (var i = 0; i < (c.Exclusions?.Length ?? 0); i++)
        {
            var x = c.Exclusions![i];
            var p = JsonShape.Index(path + ".exclusions", i);
            var ok = true;
            if (string.IsNullOrWhiteSpace(x.Reason))
            {
                problems.Add(p + ".reason", "a reason code is required");
                ok = false;
            }
            CheckDate(x.From, p + ".from", problems);
            CheckDate(x.To, p + ".to", problems);
            if (x.To < x.From)
            {
                problems.Add(p + ".to", $"{x.To:uuuu-MM-dd} is before from {x.From:uuuu-MM-dd}");
                ok = false;
            }
            if (ok)
            {
                exclusions.Add(new ExcludedPeriod(x.Reason, new DateInterval(x.From, x.To), Person(x.Defendant, p + ".defendant"), x.Note));
            }
        }
        if (problems.Count > before || zone is null)
        {
            return null;
        }
        return new CourtCase
        {
            Id = c.Id,
            Court = c.Court,
            TimeZone = zone,
            Clocks = c.Clocks,
            Defendants = [.. defendants],
            Charges = [.. charges],
            Events = [.. events],
            Exclusions = [.. exclusions],
        };
    }
}
