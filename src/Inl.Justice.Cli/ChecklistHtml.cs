using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Inl.Justice.Gender.Checklists;

namespace Inl.Justice.Cli;

/// <summary>Self-contained HTML pages (no scripts, no external files) for checklist scores and gap reports.</summary>
internal static class ChecklistHtml
{
    private const string Style = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}" +
        "th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eee}.num{text-align:right}";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string N(decimal? value) => ChecklistCommand.Number(value);

    private static StringBuilder Open(string title, string language)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title))
            .Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<h1>").Append(E(title)).Append("</h1>\n");
        return html;
    }

    private static string Close(StringBuilder html) => html.Append("</body>\n</html>\n").ToString();

    public static string ScorePage(ChecklistTemplate template, Assessment assessment, ScoreCard card, string language)
    {
        var html = Open(template.Name.Resolve(language), language);
        html.Append("<p>").Append(E(template.Header.Key)).Append(" · assessment ").Append(E(assessment.Id));
        if (assessment.Institution is not null)
        {
            html.Append(" · ").Append(E(assessment.Institution));
        }
        html.Append(" · ").Append(assessment.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append("</p>\n");
        html.Append("<p>Model <b>").Append(E(card.Model)).Append("</b>: overall <b>").Append(E(ChecklistCommand.Format(card.Overall, card))).Append("</b>; ")
            .Append(card.Answered).Append(" answered, ").Append(card.NotApplicable).Append(" not applicable, ").Append(card.Missing).Append(" unanswered.</p>\n");
        // A model scored overall only (the OECD-DAC marker): a chart of "no score" rows says nothing; the result and its reasons do.
        var overallOnly = card.Sections.All(s => s.Score is null);
        if (overallOnly)
        {
            html.Append("<p style=\"font-size:1.5em\"><b>").Append(E(ChecklistCommand.Format(card.Overall, card)));
            if (card.Model == OecdDacGenderMarker.ModelName && card.Overall is { } marker)
            {
                html.Append(" — ").Append(marker switch { 2m => "principal", 1m => "significant", _ => "not targeted" });
            }
            html.Append("</b></p>\n");
        }
        if (!card.Reasons.IsEmpty)
        {
            html.Append(overallOnly ? "<h2>Reasons</h2>\n<ul>\n" : "<ul>\n");
            foreach (var reason in card.Reasons)
            {
                html.Append("<li>").Append(E(reason)).Append("</li>\n");
            }
            html.Append("</ul>\n");
        }
        if (!overallOnly)
        {
            html.Append(BarChart(card, language));
        }
        html.Append("<table>\n<tr><th>Section</th><th>Pillar</th><th>Title</th><th>Score</th><th>Answered</th><th>N/A</th><th>Unanswered</th></tr>\n");
        foreach (var s in card.Sections)
        {
            html.Append("<tr><td>").Append(E(s.Section.Id)).Append("</td><td>").Append(s.Section.Pillar).Append("</td><td>").Append(E(s.Section.Title.Resolve(language)))
                .Append("</td><td class=\"num\">").Append(E(s.Score is null ? "-" : ChecklistCommand.Format(s.Score, card)))
                .Append("</td><td class=\"num\">").Append(s.Answered).Append("</td><td class=\"num\">").Append(s.NotApplicable)
                .Append("</td><td class=\"num\">").Append(s.Missing).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
        return Close(html);
    }

    /// <summary>Horizontal bars, one per section, scaled from the model's minimum to its maximum; sections without a score say so.</summary>
    public static string BarChart(ScoreCard card, string language)
    {
        const int label = 260, width = 400, bar = 22, gap = 8, top = 10;
        var rows = card.Sections.Length;
        var height = top + (rows * (bar + gap)) + 24;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{label + width + 120}\" height=\"{height}\" role=\"img\" aria-label=\"Section scores\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{label}\" y1=\"{top - 4}\" x2=\"{label}\" y2=\"{height - 20}\" stroke=\"#444\"/>\n");
        for (var i = 0; i < rows; i++)
        {
            var s = card.Sections[i];
            var y = top + (i * (bar + gap));
            var name = s.Section.Id + " " + s.Section.Title.Resolve(language);
            if (name.Length > 40)
            {
                name = name[..39] + "…";
            }
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label - 6}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"12\">{E(name)}</text>\n");
            if (s.Score is { } score && card.Max > card.Min)
            {
                var w = (int)System.Math.Round((score - card.Min) / (card.Max - card.Min) * width);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{label}\" y=\"{y}\" width=\"{w}\" height=\"{bar}\" fill=\"#3a7ca5\"><title>{E(ChecklistCommand.Format(score, card))}</title></rect>\n");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label + w + 6}\" y=\"{y + 16}\" font-size=\"12\">{E(N(score))}</text>\n");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label + 6}\" y=\"{y + 16}\" font-size=\"12\" fill=\"#777\">no score</text>\n");
            }
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label}\" y=\"{height - 6}\" font-size=\"11\">{E(N(card.Min))}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{label + width}\" y=\"{height - 6}\" font-size=\"11\" text-anchor=\"end\">{E(N(card.Max))}</text>\n");
        return svg.Append("</svg>\n").ToString();
    }

    public static string GapPage(ChecklistTemplate template, GapReport report)
    {
        var html = Open(template.Name.Resolve(report.Language) + " — gaps", report.Language);
        html.Append("<p>").Append(E(report.TemplateKey)).Append(" · assessment ").Append(E(report.AssessmentId)).Append(" · ")
            .Append(report.Gaps.Length).Append(" gap(s), most important first.</p>\n");
        html.Append("<table>\n<tr><th>#</th><th>Item</th><th>Importance</th><th>Provision</th><th>Text</th><th>Answer</th><th>Fraction / target</th><th>Evidence</th><th>Action</th><th>Owner</th><th>Due</th></tr>\n");
        var n = 0;
        foreach (var g in report.Gaps)
        {
            html.Append("<tr><td class=\"num\">").Append(++n).Append("</td><td>").Append(E(g.Item)).Append("</td><td>").Append(g.Importance)
                .Append("</td><td>").Append(E(g.Provision.ToString())).Append("</td><td>").Append(E(g.Text)).Append("</td><td>")
                .Append(E(g.IsUnanswered ? "(unanswered)" : g.AnswerLabel ?? g.Answer)).Append("</td><td class=\"num\">")
                .Append(N(g.Fraction)).Append(" / ").Append(N(g.Target)).Append("</td><td>").Append(E(g.Evidence))
                .Append("</td><td>").Append(E(g.Action)).Append("</td><td>").Append(E(g.Owner)).Append("</td><td>")
                .Append(g.Due?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
        return Close(html);
    }
}
