using Inl.Justice.Gender.Checklists;
using NodaTime;
using Xunit;
using static Inl.Justice.Tests.Gender.ChecklistFixtures;

namespace Inl.Justice.Tests.Gender;

public sealed class GapReportTests
{
    [Fact]
    public void Gaps_are_items_below_target_and_unanswered_required_items_most_important_first()
    {
        // A1 unanswered (Critical, required) → gap; A2 partly 0.5 < 1 (High) → gap; A3 "3" = 0.6 meets its target 0.6 → no gap;
        // B1 no → 0 < 1 (High, w 1) → gap; B2 does not apply (B1 = no); B3 unanswered but optional → no gap.
        var a = Assessment(R("A2", "partly", "Register has no children column"), R("A3", "3"), R("B1", "no"));
        var report = GapReport.Create(Template, a, "es");
        Assert.Equal(["A1", "A2", "B1"], report.Gaps.Select(g => g.Item));
        var a1 = report.Gaps[0];
        Assert.True(a1.IsUnanswered);
        Assert.Null(a1.Fraction);
        Assert.Equal("Las mujeres ingresan con atención a sus hijos.", a1.Text);
        var a2 = report.Gaps[1];
        Assert.Equal(("partly", "Cumple en parte", 0.5m, 1m), (a2.Answer, a2.AnswerLabel, a2.Fraction, a2.Target));
        Assert.Equal("Register has no children column", a2.Evidence);
        Assert.Equal("Bangkok Rules, rule 3", a2.Provision.Provision);
        Assert.Equal("S1", a2.Section);
        Assert.Null(a2.Action);
    }

    [Fact]
    public void Ties_in_importance_go_by_weight_then_template_order()
    {
        // A1 (Critical, w 2) and B3 (Critical, w 2): template order; A2 (High, w 1) and B1 (High, w 1): template order.
        var a = Assessment(R("A1", "not-met"), R("A2", "not-met"), R("A3", "0"), R("B1", "no"), R("B3", "partly"));
        Assert.Equal(["A1", "B3", "A2", "B1", "A3"], GapReport.Create(Template, a).Gaps.Select(g => g.Item));
    }

    [Fact]
    public void Not_applicable_answers_are_never_gaps()
    {
        var a = Assessment(R("A1", "n/a"), R("A2", "n/a"), R("A3", "n/a"), R("B1", "yes"), R("B2", "n/a"));
        Assert.Empty(GapReport.Create(Template, a).Gaps);
    }

    [Fact]
    public void Action_owner_and_due_date_round_trip_through_json()
    {
        var report = GapReport.Create(Template, Example());
        var planned = report with
        {
            Gaps = [.. report.Gaps.Select((g, i) => i == 0 ? g with { Action = "Add a children column to the register", Owner = "Registry", Due = new LocalDate(2026, 6, 30) } : g)],
        };
        var again = GapReport.TryLoad(planned.ToJson()).Value;
        Assert.Equal(planned, again);
        Assert.Equal(("Add a children column to the register", "Registry", new LocalDate(2026, 6, 30)), (again.Gaps[0].Action, again.Gaps[0].Owner, again.Gaps[0].Due));
        Assert.Null(again.Gaps[1].Action);
    }

    [Fact]
    public void A_gap_report_with_a_bad_due_date_is_reported_with_its_path()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(GapReport.Create(Template, Example()).ToJson())!;
        json["gaps"]![1]!["due"] = "soon";
        var problem = Assert.Single(GapReport.TryLoad(Bytes(json), "gaps.json").Problems);
        Assert.Equal("$.gaps[1].due", problem.Path);
    }
}
