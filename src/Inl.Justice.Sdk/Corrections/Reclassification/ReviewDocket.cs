using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Corrections.Reclassification;

/// <summary>The reviews due or overdue on a date across a population, and the prisoners who could not be scheduled.</summary>
/// <param name="Schedule">The schedule pack, <c>id@version</c>.</param>
/// <param name="AsOf">The date the docket was drawn up for.</param>
/// <param name="Due">Reviews due on or before the horizon, earliest first (then by prisoner and review).</param>
/// <param name="Problems">Records that could not be scheduled as given: no admission date (that prisoner has no reviews listed), or a last review of a kind the schedule does not have.</param>
public sealed record ReviewDocket(string Schedule, LocalDate AsOf, ImmutableArray<DueReview> Due, ImmutableArray<Problem> Problems)
{
    /// <summary>Gets the reviews whose due date has passed.</summary>
    public ImmutableArray<DueReview> Overdue => [.. Due.Where(d => d.DueOn < AsOf)];

    /// <summary>Writes the docket as UTF-8 JSON: <c>{"schedule","asOf","due":[{"id","review","title","dueOn","status","daysOverdue","reason","event","citation"}],"problems":[…]}</c>.</summary>
    public byte[] ToJson()
    {
        using var buffer = new System.IO.MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("schedule", Schedule);
            w.WriteString("asOf", AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            w.WriteStartArray("due");
            foreach (var d in Due)
            {
                var days = d.DaysOverdue(AsOf);
                w.WriteStartObject();
                w.WriteString("id", d.Person.Value);
                w.WriteString("review", d.Review);
                w.WriteString("title", d.Title);
                w.WriteString("dueOn", d.DueOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("status", days > 0 ? "Overdue" : "Due");
                w.WriteNumber("daysOverdue", System.Math.Max(days, 0));
                w.WriteString("reason", d.Reason.ToString());
                if (d.Event is { } e)
                {
                    w.WriteStartObject("event");
                    w.WriteString("kind", e.Kind.ToString());
                    w.WriteString("on", e.On.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteEndObject();
                }
                w.WriteString("citation", d.Citation.ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("problems");
            foreach (var p in Problems)
            {
                w.WriteStringValue(p.ToString());
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>A plain-text listing for people.</summary>
    public string ToSummary()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Reviews under {Schedule} as of {AsOf:uuuu-MM-dd}: {Due.Length} due, {Overdue.Length} of them overdue");
        sb.Append(Problems.IsEmpty ? ".\n" : string.Create(CultureInfo.InvariantCulture, $"; {Problems.Length} record problem(s).\n"));
        foreach (var d in Due)
        {
            var days = d.DaysOverdue(AsOf);
            var status = days > 0 ? string.Create(CultureInfo.InvariantCulture, $"OVERDUE {days} day(s)") : days == 0 ? "DUE TODAY" : string.Create(CultureInfo.InvariantCulture, $"due in {-days} day(s)");
            var why = d.Reason == ReviewReason.Event ? $"event {d.Event!.Value.Kind} on {d.Event.Value.On:uuuu-MM-dd}" : d.Reason.ToString();
            sb.Append(CultureInfo.InvariantCulture, $"  {d.DueOn:uuuu-MM-dd} {status,-18} {d.Person,-10} {d.Title} ({why}) — {d.Citation}\n");
        }
        foreach (var p in Problems)
        {
            sb.Append("  PROBLEM ").Append(p).Append('\n');
        }
        return sb.ToString();
    }
}
