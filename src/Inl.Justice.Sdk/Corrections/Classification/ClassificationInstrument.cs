using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading.Tasks;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections.Classification;

/// <summary>
/// A compiled scored classification instrument (for example the BOP security designation, PS 5100.08): items that
/// give points, a scale per population from total to level, floors and ceilings, and the reasons an override may give.
/// Load it from a rule pack; it is immutable and thread-safe, and every evaluation is a pure function of its arguments.
/// </summary>
/// <remarks>
/// Order of application: the population's scale gives the scored level; ceilings that hold lower it; floors that hold
/// raise it (a floor wins over a ceiling); an override, if any, is recorded beside the computed level.
/// <see cref="Level"/> and <see cref="Score"/> allocate nothing; <see cref="Classify"/> explains every step.
/// </remarks>
public sealed class ClassificationInstrument : IRulePack<ClassificationInstrument>
{
    /// <summary>The <c>header.kind</c> of classification packs.</summary>
    public const string Kind = "classification-instrument";

    private readonly ClassificationPackJson document;
    private readonly SecurityLevel[] levels;
    private readonly CompiledItem[] items;
    private readonly CompiledScale?[] scales;
    private readonly CompiledLevelRule[][] floorsBySex;
    private readonly CompiledLevelRule[][] ceilingsBySex;

    // The fast path's copies: rules on a single flag become a rank per flag bit, the rest stay as conditions.
    private readonly CompiledLevelRule[][] otherFloorsBySex;
    private readonly CompiledLevelRule[][] otherCeilingsBySex;
    private readonly int[][] flagFloorRankBySex;
    private readonly int[][] flagCeilingRankBySex;
    private readonly FrozenDictionary<string, int> flagBits;
    private readonly FrozenDictionary<string, int> levelRanks;
    private readonly FrozenDictionary<string, OverrideReason> reasons;
    private readonly ImmutableArray<SecurityLevel> levelList;
    private readonly string key;

    internal ClassificationInstrument(
        RulePackHeader header,
        ClassificationPackJson document,
        SecurityLevel[] levels,
        ImmutableArray<FlagDefinition> flags,
        CompiledItem[] items,
        CompiledScale?[] scales,
        ImmutableArray<CompiledLevelRule> floors,
        ImmutableArray<CompiledLevelRule> ceilings,
        int maxStepsWithoutApproval,
        FrozenDictionary<string, OverrideReason> reasons)
    {
        Header = header;
        key = header.Key;
        levelList = [.. levels];
        this.document = document;
        this.levels = levels;
        this.items = items;
        this.scales = scales;
        this.reasons = reasons;
        Flags = flags;
        MaxStepsWithoutApproval = maxStepsWithoutApproval;
        flagBits = flags.Select((f, i) => (f.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        levelRanks = levels.ToFrozenDictionary(l => l.Name, l => l.Rank, StringComparer.Ordinal);
        floorsBySex = new CompiledLevelRule[scales.Length][];
        ceilingsBySex = new CompiledLevelRule[scales.Length][];
        otherFloorsBySex = new CompiledLevelRule[scales.Length][];
        otherCeilingsBySex = new CompiledLevelRule[scales.Length][];
        flagFloorRankBySex = new int[scales.Length][];
        flagCeilingRankBySex = new int[scales.Length][];
        for (var s = 0; s < scales.Length; s++)
        {
            floorsBySex[s] = [.. floors.Where(f => f.Description.AppliesTo((Sex)s))];
            ceilingsBySex[s] = [.. ceilings.Where(c => c.Description.AppliesTo((Sex)s))];
            otherFloorsBySex[s] = [.. floorsBySex[s].Where(f => f.Condition is not FlagCondition)];
            otherCeilingsBySex[s] = [.. ceilingsBySex[s].Where(c => c.Condition is not FlagCondition)];
            flagFloorRankBySex[s] = new int[ClassificationCompiler.MaxFlags];
            flagCeilingRankBySex[s] = new int[ClassificationCompiler.MaxFlags];
            Array.Fill(flagFloorRankBySex[s], -1);
            Array.Fill(flagCeilingRankBySex[s], int.MaxValue);
            foreach (var f in floorsBySex[s])
            {
                if (f.Condition is FlagCondition flag)
                {
                    flagFloorRankBySex[s][flag.Bit] = Math.Max(flagFloorRankBySex[s][flag.Bit], f.Rank);
                }
            }
            foreach (var c in ceilingsBySex[s])
            {
                if (c.Condition is FlagCondition flag)
                {
                    flagCeilingRankBySex[s][flag.Bit] = Math.Min(flagCeilingRankBySex[s][flag.Bit], c.Rank);
                }
            }
        }
        Floors = [.. floors.Select(f => f.Description).Distinct()];
        Ceilings = [.. ceilings.Select(c => c.Description).Distinct()];
        Items = [.. items.Select(i => i.Description)];
        Populations = [.. scales.Where(s => s is not null).Select(s => s!.Population)];
        MinScore = items.Sum(i => i.Description.MinPoints);
        MaxScore = items.Sum(i => i.Description.MaxPoints);
    }

    /// <inheritdoc/>
    public static string PackKind => Kind;

    /// <inheritdoc/>
    public RulePackHeader Header { get; }

    /// <summary>Gets the levels, lowest first.</summary>
    public ImmutableArray<SecurityLevel> Levels => levelList;

    /// <summary>Gets the scored items, in pack order.</summary>
    public ImmutableArray<ScoredItem> Items { get; }

    /// <summary>Gets the flags (public safety factors) profiles may carry.</summary>
    public ImmutableArray<FlagDefinition> Flags { get; }

    /// <summary>Gets the floors, highest level first.</summary>
    public ImmutableArray<LevelRule> Floors { get; }

    /// <summary>Gets the ceilings, lowest level first.</summary>
    public ImmutableArray<LevelRule> Ceilings { get; }

    /// <summary>Gets the populations that have a scale.</summary>
    public ImmutableArray<Sex> Populations { get; }

    /// <summary>Gets the lowest total the items can give.</summary>
    public int MinScore { get; }

    /// <summary>Gets the highest total the items can give.</summary>
    public int MaxScore { get; }

    /// <summary>Gets the reasons an override may give, by code.</summary>
    public IReadOnlyDictionary<string, OverrideReason> OverrideReasons => reasons;

    /// <summary>Gets how many levels an override may move without an approver (Oregon OAR 291-104 style); further needs one.</summary>
    public int MaxStepsWithoutApproval { get; }

    /// <summary>Reads, validates and compiles a classification pack, reporting every problem with its JSON path.</summary>
    /// <param name="utf8Json">The pack as UTF-8 JSON (a byte-order mark is allowed; comments are skipped).</param>
    /// <param name="source">A label for problems, such as the file name.</param>
    public static Validated<ClassificationInstrument> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null) =>
        RulePackLoader.Load(utf8Json, source, ClassificationPackJsonContext.Default.ClassificationPackJson, Kind, ClassificationCompiler.Compile);

    /// <summary>Reads, validates and compiles a classification pack.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    public static ClassificationInstrument Load(ReadOnlyMemory<byte> utf8Json, string? source = null) => TryLoad(utf8Json, source).Value;

    /// <summary>Reads, validates and compiles a classification pack from a file.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ClassificationInstrument LoadFile(string path) => Load(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Gets the JSON Schema of classification packs, generated from the loader's own metadata (published as <c>docs/schemas/classification-instrument.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        ClassificationPackJsonContext.Default.ClassificationPackJson,
        "https://inl-justice-sdk/schemas/classification-instrument.schema.json",
        "Inl.Justice.Sdk classification-instrument rule pack",
        "A scored prisoner-classification instrument: levels, items with points, scales per population, floors, ceilings and override reasons, each citing its provision. Structural rules the schema cannot express (contiguous bands, covered score range, known references) are checked by the loader; see docs/rule-packs.md.");

    /// <summary>Writes the pack back as UTF-8 JSON; loading the result gives an instrument with identical behaviour.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(document, ClassificationPackJsonContext.Default.ClassificationPackJson);

    /// <summary>Finds a level by name.</summary>
    public bool TryGetLevel(string name, out SecurityLevel level)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        if (levelRanks.TryGetValue(name, out var rank))
        {
            level = levels[rank];
            return true;
        }
        level = default;
        return false;
    }

    /// <summary>
    /// Lists every problem that stops <paramref name="profile"/> from being classified on <paramref name="assessedOn"/>:
    /// dates after the assessment date, flags the instrument does not declare, facts it needs, a population without a scale.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="assessedOn">The assessment date.</param>
    /// <param name="path">The JSON path of the profile in its document, for the problems.</param>
    /// <param name="source">The document's label, for the problems.</param>
    public ImmutableArray<Problem> Check(PrisonerProfile profile, LocalDate assessedOn, string path = "$", string? source = null)
    {
        Preconditions.CheckNotNull(profile, nameof(profile));
        var problems = new ProblemSink(source);
        if (ScaleFor(profile.Sex) is null)
        {
            problems.Add(path + ".sex", $"{Header.Key} has no scale for population {profile.Sex} (it has: {string.Join(", ", Populations)})");
        }
        if (profile.DateOfBirth > assessedOn)
        {
            problems.Add(path + ".dateOfBirth", $"{profile.DateOfBirth:uuuu-MM-dd} is after the assessment date {assessedOn:uuuu-MM-dd}");
        }
        CheckIncidents(profile.Violence, path + ".violence", assessedOn, problems);
        CheckIncidents(profile.Escapes, path + ".escapes", assessedOn, problems);
        if (profile.SubstanceAbuseLastDate is { } abuse && abuse > assessedOn)
        {
            problems.Add(path + ".substanceAbuseLastDate", $"{abuse:uuuu-MM-dd} is after the assessment date {assessedOn:uuuu-MM-dd}");
        }
        for (var i = 0; i < profile.PublicSafetyFactors.Length; i++)
        {
            var flag = profile.PublicSafetyFactors[i];
            if (!flagBits.ContainsKey(flag))
            {
                problems.Add(JsonShape.Index(path + ".publicSafetyFactors", i), $"'{flag}' is not a flag of {Header.Key} (one of: {string.Join(", ", Flags.Select(f => f.Id))})");
            }
        }
        foreach (var item in items)
        {
            if (item.Measure == Measure.Fact && item.NoneRow is null && !profile.Facts.ContainsKey(item.Fact!))
            {
                problems.Add(path + ".facts", $"fact '{item.Fact}' is required by item '{item.Description.Id}'");
            }
        }
        return problems.ToImmutable();
    }

    private static void CheckIncidents(ImmutableArray<Incident> incidents, string path, LocalDate on, ProblemSink problems)
    {
        for (var i = 0; i < incidents.Length; i++)
        {
            if (incidents[i].Date > on)
            {
                problems.Add(JsonShape.Index(path, i) + ".date", $"{incidents[i].Date:uuuu-MM-dd} is after the assessment date {on:uuuu-MM-dd}");
            }
        }
    }

    /// <summary>Computes the total of the item points. Allocates nothing.</summary>
    /// <exception cref="ArgumentException">The profile cannot be classified; <see cref="Check"/> says why.</exception>
    public int Score(PrisonerProfile profile, LocalDate assessedOn)
    {
        var subject = Subject(profile, assessedOn);
        return ScoreCore(in subject);
    }

    /// <summary>Computes the level after ceilings and floors (no override). Allocates nothing.</summary>
    /// <exception cref="ArgumentException">The profile cannot be classified; <see cref="Check"/> says why.</exception>
    public SecurityLevel Level(PrisonerProfile profile, LocalDate assessedOn)
    {
        var subject = Subject(profile, assessedOn);
        var scale = ScaleOrThrow(profile.Sex);
        var rank = scale.Rank(ScoreCore(in subject));
        var sex = (int)profile.Sex;
        var flagFloor = -1;
        if (subject.Flags != 0)
        {
            // Flag rules: the lowest flag ceiling and the highest flag floor, read from tables.
            var flagCeiling = int.MaxValue;
            var floorRanks = flagFloorRankBySex[sex];
            var ceilingRanks = flagCeilingRankBySex[sex];
            for (var bits = subject.Flags; bits != 0; bits &= bits - 1)
            {
                var bit = BitOperations.TrailingZeroCount(bits);
                flagFloor = Math.Max(flagFloor, floorRanks[bit]);
                flagCeiling = Math.Min(flagCeiling, ceilingRanks[bit]);
            }
            rank = Math.Min(rank, flagCeiling);
        }
        foreach (var ceiling in otherCeilingsBySex[sex])
        {
            if (ceiling.Rank >= rank)
            {
                break;
            }
            if (ceiling.Condition.Holds(in subject))
            {
                rank = ceiling.Rank;
                break;
            }
        }
        rank = Math.Max(rank, flagFloor);
        foreach (var floor in otherFloorsBySex[sex])
        {
            if (floor.Rank <= rank)
            {
                break;
            }
            if (floor.Condition.Holds(in subject))
            {
                rank = floor.Rank;
                break;
            }
        }
        return levels[rank];
    }

    /// <summary>Computes the levels of many profiles on one core, writing them to <paramref name="destination"/>. Allocates nothing.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="profiles"/>, or a profile cannot be classified.</exception>
    public void LevelMany(ReadOnlySpan<PrisonerProfile> profiles, LocalDate assessedOn, Span<SecurityLevel> destination)
    {
        Preconditions.CheckArgument(destination.Length >= profiles.Length, nameof(destination), "The destination is shorter than the profiles");
        for (var i = 0; i < profiles.Length; i++)
        {
            destination[i] = Level(profiles[i], assessedOn);
        }
    }

    /// <summary>
    /// Computes the levels of many profiles on all cores (or <paramref name="maxDegreeOfParallelism"/>), in contiguous
    /// partitions, writing them to <paramref name="destination"/> in input order.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="profiles"/>, or a profile cannot be classified.</exception>
    public void LevelManyParallel(ReadOnlyMemory<PrisonerProfile> profiles, LocalDate assessedOn, Memory<SecurityLevel> destination, int maxDegreeOfParallelism = -1)
    {
        Preconditions.CheckArgument(destination.Length >= profiles.Length, nameof(destination), "The destination is shorter than the profiles");
        Preconditions.CheckArgument(maxDegreeOfParallelism == -1 || maxDegreeOfParallelism > 0, nameof(maxDegreeOfParallelism), "Use -1 for all cores or a positive number");
        const int PartitionSize = 16_384;
        var partitions = (profiles.Length + PartitionSize - 1) / PartitionSize;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, partitions, options, p =>
        {
            var start = p * PartitionSize;
            var length = Math.Min(PartitionSize, profiles.Length - start);
            LevelMany(profiles.Span.Slice(start, length), assessedOn, destination.Span.Slice(start, length));
        });
    }

    /// <summary>Classifies a profile and explains every step: each item's points, the scale band, the floors and ceilings that held.</summary>
    /// <exception cref="ArgumentException">The profile cannot be classified; <see cref="Check"/> says why.</exception>
    public ClassificationResult Classify(PrisonerProfile profile, LocalDate assessedOn)
    {
        var subject = Subject(profile, assessedOn);
        var scale = ScaleOrThrow(profile.Sex);
        var contributions = new ItemContribution[items.Length];
        var score = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var c = Explain(items[i], in subject);
            contributions[i] = c;
            score += c.Points;
        }
        var scored = scale.Rank(score);
        var sex = (int)profile.Sex;
        var rank = scored;
        var ceilings = Held(ceilingsBySex[sex], in subject);
        if (ceilings.Length > 0 && ceilings[0].Rank < rank)
        {
            rank = ceilings[0].Rank;
        }
        var afterCeilings = rank;
        var floors = Held(floorsBySex[sex], in subject);
        if (floors.Length > 0 && floors[0].Rank > rank)
        {
            rank = floors[0].Rank;
        }
        return new ClassificationResult
        {
            Person = profile.Id,
            Instrument = key,
            AssessedOn = assessedOn,
            Population = profile.Sex,
            Score = score,
            ScoredLevel = levels[scored],
            ScoredLevelCitation = scale.CitationByScore[score - scale.MinScore],
            ComputedLevel = levels[rank],
            Level = levels[rank],
            Contributions = ImmutableCollectionsMarshal.AsImmutableArray(contributions),
            Ceilings = Applied(ceilings, scored, rank),
            Floors = Applied(floors, afterCeilings, rank),
        };
    }

    /// <summary>
    /// Records an override of a computed result: checks the level, the reason code and its direction, that a reason is
    /// given, and that a move of more than <see cref="MaxStepsWithoutApproval"/> levels has an approver other than the decider.
    /// The computed level stays in the result beside the decided one.
    /// </summary>
    /// <returns>The overridden result, or every problem with the request (paths relative to <c>$</c>, the request).</returns>
    public Validated<ClassificationResult> Override(ClassificationResult computed, ClassificationOverride request)
    {
        Preconditions.CheckNotNull(computed, nameof(computed));
        Preconditions.CheckNotNull(request, nameof(request));
        Preconditions.CheckArgument(computed.Instrument == key, nameof(computed), $"The result was computed by {computed.Instrument}, not {key}");
        var problems = new ProblemSink(null);
        if (computed.IsOverridden)
        {
            problems.Add("$", "the result is already overridden; override the computed result instead");
        }
        var known = TryGetLevel(request.Level ?? string.Empty, out var to);
        if (!known)
        {
            problems.Add("$.level", $"unknown level '{request.Level}' (one of: {string.Join(", ", levels.Select(l => l.Name))})");
        }
        else if (to == computed.ComputedLevel)
        {
            problems.Add("$.level", $"the computed level is already {to}; an override must change it");
        }
        if (!reasons.TryGetValue(request.ReasonCode ?? string.Empty, out var reason))
        {
            problems.Add("$.reasonCode", reasons.Count == 0
                ? $"{Header.Key} declares no override reasons"
                : $"unknown reason code '{request.ReasonCode}' (one of: {string.Join(", ", reasons.Keys.Order(StringComparer.Ordinal))})");
        }
        else if (known && (reason.Direction == OverrideDirection.Raise && to < computed.ComputedLevel || reason.Direction == OverrideDirection.Lower && to > computed.ComputedLevel))
        {
            problems.Add("$.reasonCode", $"'{reason.Code}' may only {(reason.Direction == OverrideDirection.Raise ? "raise" : "lower")} a level");
        }
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            problems.Add("$.reason", "the facts behind the override must be given in words");
        }
        if (string.IsNullOrWhiteSpace(request.DecidedBy))
        {
            problems.Add("$.decidedBy", "who decided must be recorded");
        }
        if (request.DecidedOn < computed.AssessedOn)
        {
            problems.Add("$.decidedOn", $"{request.DecidedOn:uuuu-MM-dd} is before the assessment date {computed.AssessedOn:uuuu-MM-dd}");
        }
        var steps = known ? Math.Abs(to.Rank - computed.ComputedLevel.Rank) : 0;
        if (steps > MaxStepsWithoutApproval && string.IsNullOrWhiteSpace(request.ApprovedBy))
        {
            problems.Add("$.approvedBy", $"an override of {steps} level(s) needs an approver ({Header.Key} allows {MaxStepsWithoutApproval} without one)");
        }
        if (!string.IsNullOrWhiteSpace(request.ApprovedBy) && string.Equals(request.ApprovedBy, request.DecidedBy, StringComparison.Ordinal))
        {
            problems.Add("$.approvedBy", "the approver must be someone other than the decider");
        }
        return problems.HasProblems
            ? Validated<ClassificationResult>.Failure(problems.ToImmutable())
            : Validated<ClassificationResult>.Success(computed with { Level = to, Override = request });
    }

    private CompiledScale? ScaleFor(Sex sex) => (uint)sex < (uint)scales.Length ? scales[(int)sex] : null;

    private CompiledScale ScaleOrThrow(Sex sex) => ScaleFor(sex) ?? ThrowNoScale(sex);

    [DoesNotReturn]
    private CompiledScale ThrowNoScale(Sex sex) =>
        throw new ArgumentException($"{Header.Key} has no scale for population {sex}", nameof(sex));

    private Subject Subject(PrisonerProfile profile, LocalDate on)
    {
        Preconditions.CheckNotNull(profile, nameof(profile));
        if (profile.DateOfBirth > on)
        {
            ThrowProfile(profile, "the date of birth is after the assessment date");
        }
        ulong mask = 0;
        foreach (var flag in profile.PublicSafetyFactors)
        {
            if (!flagBits.TryGetValue(flag, out var bit))
            {
                ThrowProfile(profile, $"'{flag}' is not a flag of {Header.Key}");
            }
            mask |= 1UL << bit;
        }
        return new Subject(profile, on, mask);
    }

    [DoesNotReturn]
    internal static void ThrowProfile(PrisonerProfile profile, string message) =>
        throw new ArgumentException($"Prisoner {profile.Id} cannot be classified: {message}. Use Check() to list every problem.", nameof(profile));

    private int ScoreCore(in Subject s)
    {
        var total = 0;
        foreach (var item in items)
        {
            total += Points(item, in s);
        }
        return total;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Points(CompiledItem item, in Subject s)
    {
        var p = s.Profile;
        switch (item.MeasureKind)
        {
            case Measure.OffenseSeverity:
                return item.AnswerPoints[(int)p.OffenseSeverity];
            case Measure.DetainerSeverity:
                return item.AnswerPoints[p.DetainerSeverity is { } d ? (int)d : 0];
            case Measure.Education:
                return item.AnswerPoints[(int)p.Education];
            case Measure.VoluntarySurrender:
                return item.AnswerPoints[p.VoluntarySurrender ? 1 : 0];
            case Measure.Flag:
                return item.AnswerPoints[(s.Flags >> item.FlagBit & 1) != 0 ? 1 : 0];
            case Measure.CriminalHistoryPoints:
                return item.LookupPoints(p.CriminalHistoryPoints);
            case Measure.MonthsToRelease:
                return item.LookupPoints(p.MonthsToRelease);
            case Measure.Age:
                return item.LookupPoints(s.YearsSince(p.DateOfBirth));
            case Measure.SubstanceAbuse:
                return p.SubstanceAbuseLastDate is { } abuse ? item.LookupPoints(s.YearsSince(abuse)) : item.NonePoints;
            case Measure.ViolenceHistory:
                return IncidentPoints(item, p.Violence, in s);
            case Measure.EscapeHistory:
                return IncidentPoints(item, p.Escapes, in s);
            default:
                return FactPoints(item, p);
        }
    }

    private static int IncidentPoints(CompiledItem item, ImmutableArray<Incident> incidents, in Subject s)
    {
        if (incidents.IsEmpty)
        {
            return item.NonePoints;
        }
        var best = int.MinValue;
        foreach (var incident in incidents)
        {
            var table = incident.Serious ? item.SeriousByYears : item.MinorByYears;
            var years = s.YearsSince(incident.Date);
            var points = years < table.Length ? table[years] : table[^1];
            if (points > best)
            {
                best = points;
            }
        }
        return best;
    }

    private static int FactPoints(CompiledItem item, PrisonerProfile p)
    {
        if (p.Facts.TryGetValue(item.Fact!, out var value))
        {
            return item.Bands[item.FactRow(value)].Points;
        }
        if (item.NoneRow is null)
        {
            ThrowProfile(p, $"fact '{item.Fact}' is required by item '{item.Description.Id}'");
        }
        return item.NonePoints;
    }

    private static ItemContribution Explain(CompiledItem item, in Subject s)
    {
        var p = s.Profile;
        var id = item.Description.Id;
        switch (item.Measure)
        {
            case Measure.OffenseSeverity:
                return FromRow(id, item.Answers[(int)p.OffenseSeverity]!, null);
            case Measure.DetainerSeverity:
                return FromRow(id, item.Answers[p.DetainerSeverity is { } d ? (int)d : 0]!, null);
            case Measure.Education:
                return FromRow(id, item.Answers[(int)p.Education]!, null);
            case Measure.VoluntarySurrender:
                return FromRow(id, item.Answers[p.VoluntarySurrender ? 1 : 0]!, null);
            case Measure.Flag:
                return FromRow(id, item.Answers[(s.Flags >> item.FlagBit & 1) != 0 ? 1 : 0]!, null);
            case Measure.CriminalHistoryPoints:
                return FromRow(id, item.Bands[item.LookupRow(p.CriminalHistoryPoints)], p.CriminalHistoryPoints);
            case Measure.MonthsToRelease:
                return FromRow(id, item.Bands[item.LookupRow(p.MonthsToRelease)], p.MonthsToRelease);
            case Measure.Age:
                var age = s.YearsSince(p.DateOfBirth);
                return FromRow(id, item.Bands[item.LookupRow(age)], age);
            case Measure.SubstanceAbuse:
                if (p.SubstanceAbuseLastDate is not { } abuse)
                {
                    return FromRow(id, item.NoneRow!, null);
                }
                var since = s.YearsSince(abuse);
                return FromRow(id, item.Bands[item.LookupRow(since)], since);
            case Measure.ViolenceHistory:
            case Measure.EscapeHistory:
                return ExplainIncidents(item, item.Measure == Measure.ViolenceHistory ? p.Violence : p.Escapes, in s);
            default:
                if (p.Facts.TryGetValue(item.Fact!, out var value))
                {
                    return FromRow(id, item.Bands[item.FactRow(value)], value);
                }
                if (item.NoneRow is null)
                {
                    ThrowProfile(p, $"fact '{item.Fact}' is required by item '{id}'");
                }
                return FromRow(id, item.NoneRow, null);
        }
    }

    private static ItemContribution ExplainIncidents(CompiledItem item, ImmutableArray<Incident> incidents, in Subject s)
    {
        if (incidents.IsEmpty)
        {
            return FromRow(item.Description.Id, item.NoneRow!, null);
        }
        ItemRow? best = null;
        var bestYears = 0;
        foreach (var incident in incidents)
        {
            var years = s.YearsSince(incident.Date);
            var band = years < item.IncidentBandByYears.Length ? item.IncidentBandByYears[years] : item.IncidentBandByYears[^1];
            var row = item.IncidentRows[(2 * band) + (incident.Serious ? 1 : 0)];
            // The worst incident counts; between equal points, the most recent one explains it.
            if (best is null || row.Points > best.Points || (row.Points == best.Points && years < bestYears))
            {
                best = row;
                bestYears = years;
            }
        }
        return FromRow(item.Description.Id, best!, bestYears);
    }

    private static ItemContribution FromRow(string item, ItemRow row, int? value) => new(item, row.Label, value, row.Points, row.Citation);

    private static CompiledLevelRule[] Held(CompiledLevelRule[] rules, in Subject s)
    {
        var count = 0;
        Span<bool> held = rules.Length <= 64 ? stackalloc bool[rules.Length] : new bool[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            held[i] = rules[i].Condition.Holds(in s);
            count += held[i] ? 1 : 0;
        }
        if (count == 0)
        {
            return [];
        }
        var result = new List<CompiledLevelRule>(count);
        for (var i = 0; i < rules.Length; i++)
        {
            // A split rule holds once even when several of its parts hold.
            if (held[i] && !ContainsDescription(result, rules[i].Description))
            {
                result.Add(rules[i]);
            }
        }
        return [.. result];
    }

    private static bool ContainsDescription(List<CompiledLevelRule> rules, LevelRule description)
    {
        foreach (var r in rules)
        {
            if (ReferenceEquals(r.Description, description))
            {
                return true;
            }
        }
        return false;
    }

    private static ImmutableArray<AppliedLevelRule> Applied(CompiledLevelRule[] held, int before, int after)
    {
        if (held.Length == 0)
        {
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<AppliedLevelRule>(held.Length);
        foreach (var rule in held)
        {
            var d = rule.Description;
            builder.Add(new AppliedLevelRule(d.Id, d.Title, d.Level, before != after && rule.Rank == after, d.Citation));
        }
        return builder.MoveToImmutable();
    }
}
