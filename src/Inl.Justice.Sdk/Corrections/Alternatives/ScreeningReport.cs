using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace Inl.Justice.Corrections.Alternatives;

/// <summary>The screening of a set of cases on one date under one screen pack.</summary>
/// <param name="Screen">The screen pack, <c>id@version</c>.</param>
/// <param name="ScreenedOn">The screening date.</param>
/// <param name="Results">One result per case, in the cases' order.</param>
public sealed record ScreeningReport(string Screen, LocalDate ScreenedOn, ImmutableArray<ScreeningResult> Results)
{
    /// <summary>
    /// Writes the report as UTF-8 JSON: <c>{"screen","screenedOn","notice","results":[{"id","stage","age","measures":[{"id","title","availability","favouredBy","possiblyFavouredBy","citation"}],"considerations":[{"id","title","outcome","missingFacts","favours","citation"}]}]}</c>.
    /// </summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("screen", Screen);
            w.WriteString("screenedOn", ScreenedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("notice", AlternativesScreen.Notice);
            w.WriteStartArray("results");
            foreach (var r in Results)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Person.Value);
                w.WriteString("stage", r.Stage.ToString());
                w.WriteNumber("age", r.Age);
                w.WriteStartArray("measures");
                foreach (var m in r.Measures)
                {
                    w.WriteStartObject();
                    w.WriteString("id", m.Id);
                    w.WriteString("title", m.Title);
                    w.WriteString("availability", m.Availability == ConsiderationOutcome.Applies ? "Available" : "Undetermined");
                    Strings(w, "favouredBy", m.FavouredBy);
                    Strings(w, "possiblyFavouredBy", m.PossiblyFavouredBy);
                    w.WriteString("citation", m.Citation.ToString());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("considerations");
                foreach (var c in r.Considerations)
                {
                    w.WriteStartObject();
                    w.WriteString("id", c.Id);
                    w.WriteString("title", c.Title);
                    w.WriteString("outcome", c.Outcome.ToString());
                    Strings(w, "missingFacts", c.MissingFacts);
                    Strings(w, "favours", c.Favours);
                    w.WriteString("citation", c.Citation.ToString());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>A plain-text listing for people: per case, what applies, what cannot be decided without more facts, and the options.</summary>
    public string ToSummary()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Alternatives screen {Screen}, {ScreenedOn:uuuu-MM-dd}: {Results.Length} case(s).\n");
        sb.Append(AlternativesScreen.Notice).Append('\n');
        foreach (var r in Results)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{r.Person} ({r.Stage}, age {r.Age})\n");
            var applies = r.Considerations.Where(c => c.Outcome == ConsiderationOutcome.Applies).ToList();
            var undetermined = r.Considerations.Where(c => c.Outcome == ConsiderationOutcome.Undetermined).ToList();
            if (applies.Count == 0 && undetermined.Count == 0)
            {
                sb.Append("  No consideration of this screen applies.\n");
            }
            foreach (var c in applies)
            {
                sb.Append("  favours: ").Append(c.Title).Append(" — ").Append(c.Citation.Provision).Append('\n');
            }
            foreach (var c in undetermined)
            {
                sb.Append("  record ").Append(string.Join(", ", c.MissingFacts)).Append(" to decide: ").Append(c.Title).Append(" — ").Append(c.Citation.Provision).Append('\n');
            }
            var options = r.Measures.Select(m => m.Availability == ConsiderationOutcome.Applies ? m.Id : m.Id + "?");
            sb.Append("  options: ").Append(string.Join(", ", options)).Append('\n');
        }
        return sb.ToString();
    }

    private static void Strings(Utf8JsonWriter w, string name, ImmutableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }
}
