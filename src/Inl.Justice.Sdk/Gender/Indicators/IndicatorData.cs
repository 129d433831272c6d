using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.Serialization;

namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// Sex-disaggregated tallies by year, as a statistics office or programme publishes them:
/// <c>{"title","note","years":[{"year","personnel":[{"category","women","men","unknown"}],"detention":{"unsentenced":{…},"total":{…}},"workingAgePopulation":{"women","men","unknown"}}]}</c>.
/// </summary>
public sealed class IndicatorData
{
    /// <summary>Creates a data set.</summary>
    /// <param name="years">The years, each at most once.</param>
    /// <param name="title">A title for reports, or <see langword="null"/>.</param>
    /// <param name="note">A note for reports (e.g. "illustrative data"), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A year appears twice, or <paramref name="years"/> is default or holds null.</exception>
    public IndicatorData(ImmutableArray<IndicatorYear> years, string? title = null, string? note = null)
    {
        Preconditions.CheckArgument(!years.IsDefault, nameof(years), "Years must not be default");
        Preconditions.CheckArgument(years.All(y => y is not null), nameof(years), "Years must not hold null");
        var duplicate = years.GroupBy(y => y.Year).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(years), $"The year {duplicate?.Key} appears twice");
        Years = [.. years.OrderBy(y => y.Year)];
        Title = title;
        Note = note;
    }

    /// <summary>Gets the years, in year order.</summary>
    public ImmutableArray<IndicatorYear> Years { get; }

    /// <summary>Gets the title, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <summary>Gets the note, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Gets the JSON Schema of indicator-data documents (published as <c>docs/schemas/indicator-data.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        IndicatorJsonContext.Default.IndicatorDataJson,
        "https://inl-justice-sdk/schemas/indicator-data.schema.json",
        "Inl.Justice.Sdk indicator data",
        "Sex-disaggregated tallies by year: personnel on 31 December, detainees by sentencing status (SDG 16.3.2), working-age population (SDG 16.7.1(c)).");

    /// <summary>Reads a data set, reporting every problem with its JSON path (and line and column for syntax errors).</summary>
    public static Validated<IndicatorData> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null)
    {
        var problems = new ProblemSink(source);
        var json = JsonDocumentReader.Read(utf8Json, IndicatorJsonContext.Default.IndicatorDataJson, problems);
        if (json is null)
        {
            return Validated<IndicatorData>.Failure(problems.ToImmutable());
        }
        var seenYears = new HashSet<int>();
        var years = ImmutableArray.CreateBuilder<IndicatorYear>(json.Years.Length);
        for (var i = 0; i < json.Years.Length; i++)
        {
            var y = json.Years[i];
            var path = JsonShape.Index("$.years", i);
            var before = problems.Count;
            if (y.Year is < 1 or > 9999)
            {
                problems.Add(path + ".year", $"{y.Year} is not a year in [1, 9999]");
            }
            else if (!seenYears.Add(y.Year))
            {
                problems.Add(path + ".year", $"the year {y.Year} appears twice");
            }
            var personnel = PersonnelTally.Empty;
            var categories = new HashSet<PersonnelCategory>();
            for (var p = 0; p < (y.Personnel?.Length ?? 0); p++)
            {
                var row = y.Personnel![p];
                var rowPath = JsonShape.Index(path + ".personnel", p);
                if (!categories.Add(row.Category))
                {
                    problems.Add(rowPath + ".category", $"{row.Category} appears twice in {y.Year}");
                }
                if (Tally(row.Women, row.Men, row.Unknown, rowPath, problems) is { } t)
                {
                    personnel = personnel.Add(row.Category, t);
                }
            }
            DetentionTally? detention = null;
            if (y.Detention is { } d)
            {
                var unsentenced = Tally(d.Unsentenced, path + ".detention.unsentenced", problems);
                var total = Tally(d.Total, path + ".detention.total", problems);
                if (unsentenced is { } u && total is { } t)
                {
                    foreach (var (name, part, whole) in new[] { ("women", u.Women, t.Women), ("men", u.Men, t.Men), ("unknown", u.Unknown, t.Unknown) })
                    {
                        if (part > whole)
                        {
                            problems.Add($"{path}.detention.unsentenced.{name}", $"{part} unsentenced is more than the {whole} detained");
                        }
                    }
                    if (problems.Count == before)
                    {
                        detention = DetentionTally.FromTotals(u, t);
                    }
                }
            }
            var population = y.WorkingAgePopulation is { } w ? Tally(w, path + ".workingAgePopulation", problems) : null;
            if (problems.Count == before)
            {
                years.Add(new IndicatorYear(y.Year, personnel, detention, population));
            }
        }
        return problems.HasProblems
            ? Validated<IndicatorData>.Failure(problems.ToImmutable())
            : Validated<IndicatorData>.Success(new IndicatorData(years.ToImmutable(), json.Title, json.Note));
    }

    /// <summary>Reads a data set from a file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Validated<IndicatorData> TryLoadFile(string path) =>
        TryLoad(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    private const long MaxCount = 1_000_000_000_000;

    private static SexTally? Tally(SexCountJson c, string path, ProblemSink problems) => Tally(c.Women, c.Men, c.Unknown, path, problems);

    private static SexTally? Tally(long women, long men, long unknown, string path, ProblemSink problems)
    {
        var ok = true;
        foreach (var (name, value) in new[] { ("women", women), ("men", men), ("unknown", unknown) })
        {
            if (value < 0)
            {
                problems.Add($"{path}.{name}", $"a count must not be negative ({value})");
                ok = false;
            }
            else if (value > MaxCount)
            {
                problems.Add($"{path}.{name}", $"{value} is more than {MaxCount}, more people than there are");
                ok = false;
            }
        }
        return ok ? new SexTally(women, men, unknown) : null;
    }
}
