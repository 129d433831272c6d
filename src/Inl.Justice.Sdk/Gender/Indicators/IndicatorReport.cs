using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Inl.Justice.Common;

namespace Inl.Justice.Gender.Indicators;

/// <summary>
/// The indicators computed from <see cref="IndicatorData"/>: share of women per personnel category on 31 December,
/// SDG 16.3.2 overall and by sex, SDG 16.7.1(c) for judges; each as a series over the years with its trend. An
/// indicator with no value in any year is left out.
/// </summary>
public sealed class IndicatorReport
{
    private IndicatorReport(IndicatorData data, ImmutableArray<IndicatorLine> lines)
    {
        Data = data;
        Lines = lines;
    }

    /// <summary>Gets the data the report was computed from.</summary>
    public IndicatorData Data { get; }

    /// <summary>Gets the indicators, in a fixed order: personnel shares, 16.3.2, 16.7.1(c).</summary>
    public ImmutableArray<IndicatorLine> Lines { get; }

    /// <summary>Computes the report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static IndicatorReport Create(IndicatorData data)
    {
        Preconditions.CheckNotNull(data, nameof(data));
        var lines = new List<IndicatorLine>();
        void Add(string id, string title, Citation definition, Func<IndicatorYear, double?> value, bool ratio = false)
        {
            var series = IndicatorSeries.Create(data.Years.Select(y => (y.Year, value(y))));
            if (series.Points.Any(p => !p.IsMissing))
            {
                lines.Add(new IndicatorLine(id, title, definition, series, ratio));
            }
        }
        foreach (var category in PersonnelTally.Categories)
        {
            Add(
                "women-share-" + Slug(category),
                $"Share of women among {Plural(category)} on 31 December, women ÷ (women + men)",
                PersonnelTally.Definition(category),
                y => y.Personnel.For(category).WomenShare);
        }
        Add("sdg-16-3-2", "SDG 16.3.2 unsentenced detainees ÷ all detainees (all sexes)", DetentionTally.Definition, y => y.Detention?.UnsentencedProportion);
        Add("sdg-16-3-2-women", "SDG 16.3.2 unsentenced ÷ all detainees, women", DetentionTally.Definition, y => y.Detention?.UnsentencedProportionOf(Sex.Female));
        Add("sdg-16-3-2-men", "SDG 16.3.2 unsentenced ÷ all detainees, men", DetentionTally.Definition, y => y.Detention?.UnsentencedProportionOf(Sex.Male));
        Add("sdg-16-7-1c-judges-women", "SDG 16.7.1(c) female representation ratio, professional judges (1 = parity with the working-age population)", RepresentationRatio.Definition, y => y.JudiciaryRepresentation?.Ratio, ratio: true);
        return new IndicatorReport(data, [.. lines]);
    }

    /// <summary>
    /// Writes the report as UTF-8 JSON: <c>{"title","note","indicators":[{"id","title","definition","verification","trend","fittedChange","points":[{"year","value","change"}]}],"years":[{"year","personnel":[{"category","women","men","unknown","womenShare"}],"detention":{…},"workingAgePopulation":{…}}]}</c>.
    /// Missing values are JSON <c>null</c>.
    /// </summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            WriteOptional(w, "title", Data.Title);
            WriteOptional(w, "note", Data.Note);
            w.WriteStartArray("indicators");
            foreach (var line in Lines)
            {
                w.WriteStartObject();
                w.WriteString("id", line.Id);
                w.WriteString("title", line.Title);
                w.WriteString("definition", line.Definition.Provision);
                w.WriteString("verification", line.Definition.Verification.ToString());
                w.WriteString("trend", line.Series.Trend().ToString());
                WriteNumber(w, "fittedChange", line.Series.FittedChange);
                w.WriteStartArray("points");
                foreach (var p in line.Series.Points)
                {
                    w.WriteStartObject();
                    w.WriteNumber("year", p.Year);
                    WriteNumber(w, "value", p.Value);
                    WriteNumber(w, "change", p.Change);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("years");
            foreach (var y in Data.Years)
            {
                w.WriteStartObject();
                w.WriteNumber("year", y.Year);
                w.WriteStartArray("personnel");
                foreach (var c in PersonnelTally.Categories.Where(c => y.Personnel.For(c) != SexTally.Empty))
                {
                    w.WriteStartObject();
                    w.WriteString("category", c.ToString());
                    WriteTallyFields(w, y.Personnel.For(c));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (y.Detention is { } d)
                {
                    w.WriteStartObject("detention");
                    w.WriteStartObject("unsentenced");
                    WriteTallyFields(w, d.Unsentenced);
                    w.WriteEndObject();
                    w.WriteStartObject("total");
                    WriteTallyFields(w, d.Total);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                if (y.WorkingAgePopulation is { } pop)
                {
                    w.WriteStartObject("workingAgePopulation");
                    WriteTallyFields(w, pop);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>A plain-text table for people: one row per indicator, one column per year (percent for shares, ratio for 16.7.1(c)), with trend and verification; then counts of unknown sex.</summary>
    public string ToSummary()
    {
        var sb = new StringBuilder();
        if (Data.Title is { } title)
        {
            sb.Append(title).Append('\n');
        }
        if (Data.Note is { } note)
        {
            sb.Append("Note: ").Append(note).Append('\n');
        }
        var years = Data.Years.IsEmpty ? [] : Enumerable.Range(Data.Years[0].Year, Data.Years[^1].Year - Data.Years[0].Year + 1).ToArray();
        sb.Append(CultureInfo.InvariantCulture, $"{"Indicator",-26}");
        foreach (var y in years)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {y,8}");
        }
        sb.Append("  Trend             Verification\n");
        foreach (var line in Lines)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{line.Id,-26}");
            foreach (var y in years)
            {
                var text = line.Series[y] is { } v ? (line.IsRatio ? v.ToString("0.00", CultureInfo.InvariantCulture) : (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%") : "—";
                sb.Append(CultureInfo.InvariantCulture, $" {text,8}");
            }
            sb.Append(CultureInfo.InvariantCulture, $"  {line.Series.Trend(),-17} {line.Definition.Verification}\n");
        }
        var unknown = Data.Years.SelectMany(y => PersonnelTally.Categories
                .Where(c => y.Personnel.For(c).Unknown > 0)
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"{y.Year} {c}: {y.Personnel.For(c).Unknown}"))
            .Concat(y.Detention is { } d && d.Total.Unknown > 0 ? [string.Create(CultureInfo.InvariantCulture, $"{y.Year} detainees: {d.Total.Unknown}")] : []))
            .ToList();
        sb.Append(unknown.Count == 0
            ? "Sex unknown: none reported.\n"
            : "Sex unknown (excluded from the shares of women, kept in totals): " + string.Join("; ", unknown) + ".\n");
        sb.Append("Shares are women ÷ (women + men); — = no data that year. Trend: least-squares change across the observed years beyond ±0.01.\n");
        return sb.ToString();
    }

    private static void WriteTallyFields(Utf8JsonWriter w, SexTally t)
    {
        w.WriteNumber("women", t.Women);
        w.WriteNumber("men", t.Men);
        w.WriteNumber("unknown", t.Unknown);
        WriteNumber(w, "womenShare", t.WomenShare);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string Slug(PersonnelCategory category) => category switch
    {
        PersonnelCategory.Police => "police",
        PersonnelCategory.ProfessionalJudge => "judges",
        PersonnelCategory.Prosecutor => "prosecutors",
        _ => "prison-staff",
    };

    private static string Plural(PersonnelCategory category) => category switch
    {
        PersonnelCategory.Police => "police personnel",
        PersonnelCategory.ProfessionalJudge => "professional judges",
        PersonnelCategory.Prosecutor => "prosecution personnel",
        _ => "prison staff",
    };
}
