using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Classification;

/// <summary>
/// Checks a classification pack document and builds the runtime instrument. Every problem is reported with its JSON
/// path; nothing is built when there is any.
/// </summary>
internal sealed class ClassificationCompiler
{
    internal const int MaxAbsPoints = 1000;
    internal const int MaxBound = 10_000;
    internal const int MaxFlags = 64;
    internal const int MaxLevels = 64;

    private readonly ClassificationPackJson doc;
    private readonly ProblemSink problems;
    private readonly Dictionary<string, int> levelIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> flagIndex = new(StringComparer.Ordinal);
    private readonly List<SecurityLevel> levels = [];

    private ClassificationCompiler(ClassificationPackJson doc, ProblemSink problems)
    {
        this.doc = doc;
        this.problems = problems;
    }

    public static ClassificationInstrument? Compile(ClassificationPackJson doc, RulePackHeader? header, ProblemSink problems) =>
        new ClassificationCompiler(doc, problems).Run(header);

    private ClassificationInstrument? Run(RulePackHeader? header)
    {
        var before = problems.Count;
        CompileLevels();
        var flags = CompileFlags();
        var items = CompileItems();
        var itemsClean = problems.Count == before;
        var scales = CompileScales(items, itemsClean);
        var floors = CompileLevelRules(doc.Floors, "$.floors", scales, floor: true);
        var ceilings = CompileLevelRules(doc.Ceilings, "$.ceilings", scales, floor: false);
        CheckRuleIdsUnique();
        var (maxSteps, reasons) = CompileOverrides();
        if (problems.Count > before || header is null)
        {
            return null;
        }
        return new ClassificationInstrument(
            header, doc, [.. levels], flags, [.. items], scales, floors, ceilings, maxSteps, reasons);
    }

    private Citation? Cite(CitationJson? json, string path) => CitationJson.Compile(json, path, doc.Header, problems);

    private void CompileLevels()
    {
        if (doc.Levels.Length == 0)
        {
            problems.Add("$.levels", "at least one level is required, lowest first");
        }
        if (doc.Levels.Length > MaxLevels)
        {
            problems.Add("$.levels", $"at most {MaxLevels} levels are supported");
        }
        for (var i = 0; i < doc.Levels.Length; i++)
        {
            var level = doc.Levels[i];
            var path = JsonShape.Index("$.levels", i);
            Cite(level.Citation, path + ".citation");
            if (string.IsNullOrWhiteSpace(level.Id))
            {
                problems.Add(path + ".id", "a level id is required");
            }
            else if (!levelIndex.TryAdd(level.Id, levels.Count))
            {
                problems.Add(path + ".id", $"duplicate level id '{level.Id}'");
            }
            else
            {
                levels.Add(new SecurityLevel(levels.Count, level.Id));
            }
        }
    }

    private ImmutableArray<FlagDefinition> CompileFlags()
    {
        var result = ImmutableArray.CreateBuilder<FlagDefinition>();
        var flags = doc.Flags ?? [];
        if (flags.Length > MaxFlags)
        {
            problems.Add("$.flags", $"at most {MaxFlags} flags are supported");
        }
        for (var i = 0; i < flags.Length; i++)
        {
            var f = flags[i];
            var path = JsonShape.Index("$.flags", i);
            var citation = Cite(f.Citation, path + ".citation");
            if (string.IsNullOrWhiteSpace(f.Id))
            {
                problems.Add(path + ".id", "a flag id is required");
            }
            else if (!flagIndex.TryAdd(f.Id, flagIndex.Count))
            {
                problems.Add(path + ".id", $"duplicate flag id '{f.Id}'");
            }
            else if (citation is not null)
            {
                result.Add(new FlagDefinition(f.Id, f.Title, f.Description, citation));
            }
            if (string.IsNullOrWhiteSpace(f.Title))
            {
                problems.Add(path + ".title", "a title is required");
            }
        }
        return result.ToImmutable();
    }

    private List<CompiledItem> CompileItems()
    {
        var result = new List<CompiledItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (doc.Items.Length == 0)
        {
            problems.Add("$.items", "at least one scored item is required");
        }
        for (var i = 0; i < doc.Items.Length; i++)
        {
            var item = doc.Items[i];
            var path = JsonShape.Index("$.items", i);
            if (string.IsNullOrWhiteSpace(item.Id))
            {
                problems.Add(path + ".id", "an item id is required");
            }
            else if (!ids.Add(item.Id))
            {
                problems.Add(path + ".id", $"duplicate item id '{item.Id}'");
            }
            if (string.IsNullOrWhiteSpace(item.Title))
            {
                problems.Add(path + ".title", "a title is required");
            }
            var compiled = CompileItem(item, path);
            if (compiled is not null)
            {
                result.Add(compiled);
            }
        }
        return result;
    }

    private CompiledItem? CompileItem(ItemJson item, string path)
    {
        var before = problems.Count;
        var citation = Cite(item.Citation, path + ".citation");
        var m = item.Measure;
        Expect(item.Answers is not null, AnswerNames.IsAnswerMeasure(m), path, "answers", m);
        Expect(item.Bands is not null, AnswerNames.IsBandMeasure(m), path, "bands", m);
        Expect(item.IncidentBands is not null, AnswerNames.IsIncidentMeasure(m), path, "incidentBands", m);
        Expect(item.Flag is not null, m == Measure.Flag, path, "flag", m);
        Expect(item.Fact is not null, m == Measure.Fact, path, "fact", m);
        var noneRequired = AnswerNames.IsIncidentMeasure(m) || m == Measure.SubstanceAbuse;
        if (item.None is not null && !noneRequired && m != Measure.Fact)
        {
            problems.Add(path + ".none", $"'none' does not apply to measure {m}");
        }
        else if (item.None is null && noneRequired)
        {
            problems.Add(path, $"measure {m} needs 'none': the points when there is nothing on record");
        }
        CheckPoints(item.None, path + ".none");

        var flagBit = -1;
        if (m == Measure.Flag && item.Flag is not null && !flagIndex.TryGetValue(item.Flag, out flagBit))
        {
            problems.Add(path + ".flag", $"unknown flag '{item.Flag}' (declare it in $.flags)");
        }
        if (m == Measure.Fact && string.IsNullOrWhiteSpace(item.Fact))
        {
            problems.Add(path + ".fact", "a fact name is required");
        }
        if (problems.Count > before || citation is null)
        {
            return null;
        }

        var noneRow = item.None is { } none ? new ItemRow("none on record", none, citation) : null;
        if (AnswerNames.IsAnswerMeasure(m))
        {
            return CompileAnswers(item, path, citation, flagBit);
        }
        if (AnswerNames.IsIncidentMeasure(m))
        {
            return CompileIncidents(item, path, citation, noneRow!);
        }
        return CompileBands(item, path, citation, noneRow);
    }

    private void Expect(bool present, bool wanted, string path, string property, Measure m)
    {
        if (present && !wanted)
        {
            problems.Add(path + "." + property, $"'{property}' does not apply to measure {m}");
        }
        else if (!present && wanted)
        {
            problems.Add(path, $"measure {m} needs '{property}'");
        }
    }

    private bool CheckPoints(int? points, string path)
    {
        if (points is { } p && Math.Abs((long)p) > MaxAbsPoints)
        {
            problems.Add(path, $"points must lie within ±{MaxAbsPoints}");
            return false;
        }
        return true;
    }

    private CompiledItem? CompileAnswers(ItemJson item, string path, Citation citation, int flagBit)
    {
        var allowed = AnswerNames.For(item.Measure);
        var size = allowed.Max(a => AnswerNames.Index(item.Measure, a)) + 1;
        var rows = new ItemRow?[size];
        var points = new int[size];
        for (var j = 0; j < item.Answers!.Length; j++)
        {
            var a = item.Answers[j];
            var p = JsonShape.Index(path + ".answers", j);
            CheckPoints(a.Points, p + ".points");
            var rowCitation = a.Citation is null ? citation : Cite(a.Citation, p + ".citation");
            if (!allowed.Contains(a.Answer, StringComparer.Ordinal))
            {
                problems.Add(p + ".answer", $"'{a.Answer}' is not an answer of {item.Measure} (one of: {string.Join(", ", allowed)})");
                continue;
            }
            var index = AnswerNames.Index(item.Measure, a.Answer);
            if (rows[index] is not null)
            {
                problems.Add(p + ".answer", $"duplicate answer '{a.Answer}'");
                continue;
            }
            rows[index] = new ItemRow(a.Answer, a.Points, rowCitation ?? citation);
            points[index] = a.Points;
        }
        var missing = allowed.Where(a => rows[AnswerNames.Index(item.Measure, a)] is null).ToArray();
        if (missing.Length > 0 && rows.Any(r => r is not null))
        {
            problems.Add(path + ".answers", $"no points for answer(s) {string.Join(", ", missing.Select(x => "'" + x + "'"))}");
        }
        var present = rows.Where(r => r is not null).Select(r => r!.Points).ToArray();
        if (missing.Length > 0 || present.Length == 0)
        {
            return null;
        }
        return new CompiledItem
        {
            Description = new ScoredItem(item.Id, item.Title, item.Measure, present.Min(), present.Max(), citation),
            Answers = rows,
            AnswerPoints = points,
            FlagBit = flagBit,
        };
    }

    /// <summary>Checks that bands are ordered, contiguous and open-ended, reporting gaps and overlaps; returns the lower bounds.</summary>
    private int[]? CheckBandBounds(IReadOnlyList<(int? Min, int? Max)> bands, string path, string arrayName, bool openBelow)
    {
        var ok = true;
        if (bands.Count == 0)
        {
            problems.Add(path + "." + arrayName, "at least one band is required");
            return null;
        }
        var mins = new int[bands.Count];
        for (var j = 0; j < bands.Count; j++)
        {
            var (min, max) = bands[j];
            var p = JsonShape.Index(path + "." + arrayName, j);
            if (min is { } mn && Math.Abs((long)mn) > MaxBound || max is { } mx && Math.Abs((long)mx) > MaxBound)
            {
                problems.Add(p, $"band bounds must lie within ±{MaxBound}");
                ok = false;
                continue;
            }
            if (j == 0)
            {
                if (openBelow && min is not null)
                {
                    problems.Add(p + ".min", "the first band of a fact item must omit 'min' so that every value falls in a band");
                    ok = false;
                }
                else if (!openBelow && min is { } first && first != 0)
                {
                    problems.Add(p + ".min", first > 0
                        ? $"values 0–{first - 1} fall in no band (the first band must start at 0)"
                        : "values below 0 cannot occur; the first band must start at 0");
                    ok = false;
                }
                mins[j] = openBelow ? int.MinValue : 0;
            }
            else
            {
                var previousMax = bands[j - 1].Max;
                if (min is null)
                {
                    problems.Add(p, "'min' is required on every band but the first");
                    ok = false;
                }
                else if (previousMax is { } pm)
                {
                    if (min.Value <= pm)
                    {
                        problems.Add(p + ".min", $"band overlaps {JsonShape.Index(path + "." + arrayName, j - 1)} (which ends at {pm})");
                        ok = false;
                    }
                    else if (min.Value > pm + 1)
                    {
                        problems.Add(p + ".min", $"gap: values {pm + 1}–{min.Value - 1} fall in no band");
                        ok = false;
                    }
                }
                mins[j] = min ?? 0;
            }
            if (max is null && j < bands.Count - 1)
            {
                problems.Add(p, "only the last band may omit 'max'");
                ok = false;
            }
            if (max is not null && j == bands.Count - 1)
            {
                problems.Add(p + ".max", $"values above {max} fall in no band: omit 'max' on the last band");
                ok = false;
            }
            if (min is { } lo && max is { } hi && hi < lo)
            {
                problems.Add(p + ".max", $"max {hi} is below min {lo}");
                ok = false;
            }
        }
        return ok ? mins : null;
    }

    private static string BandLabel(int? min, int? max, bool openBelow, string unit)
    {
        var suffix = unit.Length == 0 ? string.Empty : " " + unit;
        return (min, max) switch
        {
            (null, { } hi) when openBelow => string.Create(CultureInfo.InvariantCulture, $"{hi} or less{suffix}"),
            (_, null) => string.Create(CultureInfo.InvariantCulture, $"{min ?? 0} or more{suffix}"),
            ({ } lo, { } hi) when lo == hi => string.Create(CultureInfo.InvariantCulture, $"{lo}{suffix}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{min ?? 0}–{max}{suffix}"),
        };
    }

    private static string Unit(Measure m) => m switch
    {
        Measure.Age => "years old",
        Measure.CriminalHistoryPoints => "points",
        Measure.MonthsToRelease => "months",
        Measure.SubstanceAbuse or Measure.ViolenceHistory or Measure.EscapeHistory => "years ago",
        _ => string.Empty,
    };

    private CompiledItem? CompileBands(ItemJson item, string path, Citation citation, ItemRow? noneRow)
    {
        var bands = item.Bands!;
        var openBelow = item.Measure == Measure.Fact;
        var pointsOk = true;
        for (var j = 0; j < bands.Length; j++)
        {
            pointsOk &= CheckPoints(bands[j].Points, JsonShape.Index(path + ".bands", j) + ".points");
        }
        var mins = CheckBandBounds([.. bands.Select(b => (b.Min, b.Max))], path, "bands", openBelow);
        var rows = new ItemRow[bands.Length];
        for (var j = 0; j < bands.Length; j++)
        {
            var b = bands[j];
            var rowCitation = b.Citation is null ? citation : Cite(b.Citation, JsonShape.Index(path + ".bands", j) + ".citation") ?? citation;
            rows[j] = new ItemRow(BandLabel(b.Min, b.Max, openBelow, Unit(item.Measure)), b.Points, rowCitation);
        }
        if (mins is null || !pointsOk)
        {
            return null;
        }
        var all = bands.Select(b => b.Points).Concat(noneRow is null ? [] : [noneRow.Points]).ToArray();
        var rowByValue = Array.Empty<byte>();
        var pointsByValue = Array.Empty<int>();
        if (!openBelow)
        {
            var last = mins[^1];
            rowByValue = new byte[last + 1];
            pointsByValue = new int[last + 1];
            for (var v = 0; v <= last; v++)
            {
                var row = 0;
                while (row + 1 < mins.Length && v >= mins[row + 1])
                {
                    row++;
                }
                rowByValue[v] = checked((byte)row);
                pointsByValue[v] = bands[row].Points;
            }
        }
        if (bands.Length > byte.MaxValue)
        {
            problems.Add(path + ".bands", $"at most {byte.MaxValue} bands are supported");
            return null;
        }
        return new CompiledItem
        {
            Description = new ScoredItem(item.Id, item.Title, item.Measure, all.Min(), all.Max(), citation),
            Bands = rows,
            BandMins = mins,
            RowByValue = rowByValue,
            PointsByValue = pointsByValue,
            NoneRow = noneRow,
            NonePoints = noneRow?.Points ?? 0,
            Fact = item.Fact,
        };
    }

    private CompiledItem? CompileIncidents(ItemJson item, string path, Citation citation, ItemRow noneRow)
    {
        var bands = item.IncidentBands!;
        var pointsOk = true;
        for (var j = 0; j < bands.Length; j++)
        {
            var p = JsonShape.Index(path + ".incidentBands", j);
            pointsOk &= CheckPoints(bands[j].Minor, p + ".minor");
            pointsOk &= CheckPoints(bands[j].Serious, p + ".serious");
        }
        var mins = CheckBandBounds([.. bands.Select(b => (b.Min, b.Max))], path, "incidentBands", openBelow: false);
        if (mins is null || !pointsOk || bands.Length > byte.MaxValue)
        {
            if (bands.Length > byte.MaxValue)
            {
                problems.Add(path + ".incidentBands", $"at most {byte.MaxValue} bands are supported");
            }
            return null;
        }
        var rows = new ItemRow[bands.Length * 2];
        for (var j = 0; j < bands.Length; j++)
        {
            var b = bands[j];
            var rowCitation = b.Citation is null ? citation : Cite(b.Citation, JsonShape.Index(path + ".incidentBands", j) + ".citation") ?? citation;
            var label = BandLabel(b.Min, b.Max, false, "years ago");
            rows[2 * j] = new ItemRow("minor, " + label, b.Minor, rowCitation);
            rows[(2 * j) + 1] = new ItemRow("serious, " + label, b.Serious, rowCitation);
        }
        var last = mins[^1];
        var bandByYears = new byte[last + 1];
        var minor = new int[last + 1];
        var serious = new int[last + 1];
        for (var y = 0; y <= last; y++)
        {
            var row = 0;
            while (row + 1 < mins.Length && y >= mins[row + 1])
            {
                row++;
            }
            bandByYears[y] = (byte)row;
            minor[y] = bands[row].Minor;
            serious[y] = bands[row].Serious;
        }
        var all = bands.SelectMany(b => new[] { b.Minor, b.Serious }).Append(noneRow.Points).ToArray();
        return new CompiledItem
        {
            Description = new ScoredItem(item.Id, item.Title, item.Measure, all.Min(), all.Max(), citation),
            IncidentRows = rows,
            IncidentBandByYears = bandByYears,
            MinorByYears = minor,
            SeriousByYears = serious,
            NoneRow = noneRow,
            NonePoints = noneRow.Points,
        };
    }

    private CompiledScale?[] CompileScales(List<CompiledItem> items, bool itemsClean)
    {
        var scales = new CompiledScale?[Enum.GetValues<Sex>().Max(s => (int)s) + 1];
        var minScore = items.Sum(i => i.Description.MinPoints);
        var maxScore = items.Sum(i => i.Description.MaxPoints);
        if (doc.Scales.Length == 0)
        {
            problems.Add("$.scales", "at least one scale is required");
        }
        for (var i = 0; i < doc.Scales.Length; i++)
        {
            var scale = doc.Scales[i];
            var path = JsonShape.Index("$.scales", i);
            var citation = Cite(scale.Citation, path + ".citation");
            if (scales[(int)scale.Population] is not null || doc.Scales.Take(i).Any(s => s.Population == scale.Population))
            {
                problems.Add(path + ".population", $"duplicate scale for population {scale.Population}");
                continue;
            }
            var before = problems.Count;
            var bands = scale.Bands;
            if (bands.Length == 0)
            {
                problems.Add(path + ".bands", "at least one band is required");
                continue;
            }
            var ranks = new int[bands.Length];
            var bandCitations = new Citation?[bands.Length];
            for (var j = 0; j < bands.Length; j++)
            {
                var b = bands[j];
                var p = JsonShape.Index(path + ".bands", j);
                bandCitations[j] = b.Citation is null ? citation : Cite(b.Citation, p + ".citation");
                if (!levelIndex.TryGetValue(b.Level, out ranks[j]))
                {
                    problems.Add(p + ".level", $"unknown level '{b.Level}' (declare it in $.levels)");
                }
                else if (j > 0 && ranks[j] < ranks[j - 1])
                {
                    problems.Add(p + ".level", $"a higher score must not give a lower level ('{b.Level}' after '{bands[j - 1].Level}')");
                }
                if (j > 0)
                {
                    var pm = bands[j - 1].Max;
                    if (b.Min is null)
                    {
                        problems.Add(p, "'min' is required on every band but the first");
                    }
                    else if (pm is null)
                    {
                        problems.Add(JsonShape.Index(path + ".bands", j - 1), "only the last band may omit 'max'");
                    }
                    else if (b.Min.Value <= pm.Value)
                    {
                        problems.Add(p + ".min", $"band overlaps {JsonShape.Index(path + ".bands", j - 1)} (which ends at {pm})");
                    }
                    else if (b.Min.Value > pm.Value + 1)
                    {
                        problems.Add(p + ".min", $"gap: scores {pm + 1}–{b.Min - 1} fall in no band");
                    }
                }
                if (b.Min is { } lo && b.Max is { } hi && hi < lo)
                {
                    problems.Add(p + ".max", $"max {hi} is below min {lo}");
                }
            }
            if (itemsClean && problems.Count == before)
            {
                if (bands[0].Min is { } first && first > minScore)
                {
                    problems.Add(JsonShape.Index(path + ".bands", 0) + ".min", $"scores {minScore}–{first - 1} are reachable but fall in no band (the lowest possible score is {minScore})");
                }
                if (bands[^1].Max is { } last && last < maxScore)
                {
                    problems.Add(JsonShape.Index(path + ".bands", bands.Length - 1) + ".max", $"scores {last + 1}–{maxScore} are reachable but fall in no band (the highest possible score is {maxScore})");
                }
            }
            if (problems.Count > before || citation is null || !itemsClean)
            {
                continue;
            }
            var length = maxScore - minScore + 1;
            var rankByScore = new byte[length];
            var citations = new Citation[length];
            var k = 0;
            for (var score = minScore; score <= maxScore; score++)
            {
                while (k + 1 < bands.Length && score >= bands[k + 1].Min!.Value)
                {
                    k++;
                }
                rankByScore[score - minScore] = (byte)ranks[k];
                citations[score - minScore] = bandCitations[k] ?? citation;
            }
            scales[(int)scale.Population] = new CompiledScale
            {
                Population = scale.Population,
                MinScore = minScore,
                RankByScore = rankByScore,
                CitationByScore = citations,
            };
        }
        return scales;
    }

    private ImmutableArray<CompiledLevelRule> CompileLevelRules(LevelRuleJson[]? rules, string arrayPath, CompiledScale?[] scales, bool floor)
    {
        var result = new List<CompiledLevelRule>();
        for (var i = 0; i < (rules?.Length ?? 0); i++)
        {
            var rule = rules![i];
            var path = JsonShape.Index(arrayPath, i);
            var citation = Cite(rule.Citation, path + ".citation");
            if (string.IsNullOrWhiteSpace(rule.Id))
            {
                problems.Add(path + ".id", "a rule id is required");
            }
            if (string.IsNullOrWhiteSpace(rule.Title))
            {
                problems.Add(path + ".title", "a title is required");
            }
            var known = levelIndex.TryGetValue(rule.Level, out var rank);
            if (!known)
            {
                problems.Add(path + ".level", $"unknown level '{rule.Level}' (declare it in $.levels)");
            }
            var populations = rule.Populations ?? [];
            for (var j = 0; j < populations.Length; j++)
            {
                if (Array.IndexOf(populations, populations[j]) != j)
                {
                    problems.Add(JsonShape.Index(path + ".populations", j), $"duplicate population {populations[j]}");
                }
            }
            var condition = CompileCondition(rule.When, path + ".when");
            if (citation is null || condition is null || !known)
            {
                continue;
            }
            // "At least L if A or B" is the rule "at least L if A" beside "at least L if B": split it so that the fast
            // path can serve flag conditions from a table. Both parts share one description.
            var description = new LevelRule(rule.Id, rule.Title, levels[rank], [.. populations], citation);
            foreach (var part in condition is AnyOfCondition any ? any.Conditions : [condition])
            {
                result.Add(new CompiledLevelRule { Description = description, Condition = part });
            }
        }
        // Floors are tried highest first and ceilings lowest first, so that the first rule that holds is the one that binds.
        return floor ? [.. result.OrderByDescending(r => r.Rank)] : [.. result.OrderBy(r => r.Rank)];
    }

    private void CheckRuleIdsUnique()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rules, name) in new[] { (doc.Floors, "$.floors"), (doc.Ceilings, "$.ceilings") })
        {
            for (var i = 0; i < (rules?.Length ?? 0); i++)
            {
                if (!string.IsNullOrWhiteSpace(rules![i].Id) && !seen.Add(rules[i].Id))
                {
                    problems.Add(JsonShape.Index(name, i) + ".id", $"duplicate rule id '{rules[i].Id}'");
                }
            }
        }
    }

    private Condition? CompileCondition(ConditionJson when, string path)
    {
        switch (when)
        {
            case FlagConditionJson f:
                if (flagIndex.TryGetValue(f.Flag, out var bit))
                {
                    return new FlagCondition(bit);
                }
                problems.Add(path + ".flag", $"unknown flag '{f.Flag}' (declare it in $.flags)");
                return null;
            case OffenseSeverityConditionJson s:
                return Range(RangeSubject.OffenseSeverity, (int?)s.AtLeast, (int?)s.AtMost, path);
            case DetainerSeverityConditionJson d:
                return Range(RangeSubject.DetainerSeverity, (int?)d.AtLeast, (int?)d.AtMost, path);
            case MonthsToReleaseConditionJson m:
                return Range(RangeSubject.MonthsToRelease, m.AtLeast, m.AtMost, path);
            case CriminalHistoryConditionJson c:
                return Range(RangeSubject.CriminalHistoryPoints, c.AtLeast, c.AtMost, path);
            case AgeConditionJson a:
                return Range(RangeSubject.Age, a.AtLeast, a.AtMost, path);
            case FactConditionJson fact:
                if (string.IsNullOrWhiteSpace(fact.Fact))
                {
                    problems.Add(path + ".fact", "a fact name is required");
                    return null;
                }
                return CheckRange(fact.AtLeast, fact.AtMost, path, allowNegative: true)
                    ? new FactCondition(fact.Fact, fact.AtLeast ?? int.MinValue, fact.AtMost ?? int.MaxValue)
                    : null;
            case ViolenceConditionJson v:
                return Incident(true, v.SeriousOnly, v.WithinYears, v.AtLeastCount, path);
            case EscapeConditionJson e:
                return Incident(false, e.SeriousOnly, e.WithinYears, e.AtLeastCount, path);
            case AllOfConditionJson all:
                var allParts = Parts(all.Conditions, path);
                return allParts is null ? null : new AllOfCondition(allParts.Value);
            case AnyOfConditionJson any:
                var anyParts = Parts(any.Conditions, path);
                return anyParts is null ? null : new AnyOfCondition(anyParts.Value);
            default:
                problems.Add(path, "unsupported condition");
                return null;
        }
    }

    private RangeCondition? Range(RangeSubject subject, int? atLeast, int? atMost, string path) =>
        CheckRange(atLeast, atMost, path, allowNegative: false)
            ? new RangeCondition(subject, atLeast ?? int.MinValue, atMost ?? int.MaxValue)
            : null;

    private bool CheckRange(int? atLeast, int? atMost, string path, bool allowNegative)
    {
        if (atLeast is null && atMost is null)
        {
            problems.Add(path, "give 'atLeast', 'atMost' or both");
            return false;
        }
        if (!allowNegative && (atLeast < 0 || atMost < 0))
        {
            problems.Add(path + (atLeast < 0 ? ".atLeast" : ".atMost"), "must not be negative");
            return false;
        }
        if (atLeast is { } lo && atMost is { } hi && hi < lo)
        {
            problems.Add(path + ".atMost", $"atMost {hi} is below atLeast {lo}: the condition can never hold");
            return false;
        }
        return true;
    }

    private IncidentCondition? Incident(bool violence, bool seriousOnly, int? withinYears, int atLeastCount, string path)
    {
        var ok = true;
        if (withinYears is < 1 or > MaxBound)
        {
            problems.Add(path + ".withinYears", $"must lie within 1–{MaxBound}");
            ok = false;
        }
        if (atLeastCount < 1)
        {
            problems.Add(path + ".atLeastCount", "must be at least 1");
            ok = false;
        }
        return ok ? new IncidentCondition(violence, seriousOnly, withinYears, atLeastCount) : null;
    }

    private ImmutableArray<Condition>? Parts(ConditionJson[] conditions, string path)
    {
        if (conditions.Length == 0)
        {
            problems.Add(path + ".conditions", "at least one condition is required");
            return null;
        }
        var parts = new Condition?[conditions.Length];
        for (var i = 0; i < conditions.Length; i++)
        {
            parts[i] = CompileCondition(conditions[i], JsonShape.Index(path + ".conditions", i));
        }
        return parts.All(p => p is not null) ? [.. parts.Select(p => p!)] : null;
    }

    private (int MaxSteps, FrozenDictionary<string, OverrideReason> Reasons) CompileOverrides()
    {
        var reasons = new Dictionary<string, OverrideReason>(StringComparer.Ordinal);
        var policy = doc.Overrides;
        if (policy is null)
        {
            return (0, reasons.ToFrozenDictionary(StringComparer.Ordinal));
        }
        Cite(policy.Citation, "$.overrides.citation");
        if (policy.MaxStepsWithoutApproval < 0)
        {
            problems.Add("$.overrides.maxStepsWithoutApproval", "must not be negative");
        }
        for (var i = 0; i < policy.Reasons.Length; i++)
        {
            var r = policy.Reasons[i];
            var path = JsonShape.Index("$.overrides.reasons", i);
            var citation = Cite(r.Citation, path + ".citation");
            if (string.IsNullOrWhiteSpace(r.Code))
            {
                problems.Add(path + ".code", "a reason code is required");
            }
            else if (reasons.ContainsKey(r.Code))
            {
                problems.Add(path + ".code", $"duplicate reason code '{r.Code}'");
            }
            else if (citation is not null)
            {
                reasons.Add(r.Code, new OverrideReason(r.Code, r.Title, r.Direction, citation));
            }
            if (string.IsNullOrWhiteSpace(r.Title))
            {
                problems.Add(path + ".title", "a title is required");
            }
        }
        return (policy.MaxStepsWithoutApproval, reasons.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
