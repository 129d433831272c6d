using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Separation;
using Xunit;
using Xunit.Abstractions;
using static Inl.Justice.Tests.Corrections.Separation.SeparationFixtures;

namespace Inl.Justice.Tests.Corrections.Separation;

/// <summary>The report for people (summary) and programs (JSON), and the check of a national population.</summary>
public sealed class SeparationReportTests(ITestOutputHelper output)
{
    private static SeparationReport Sample() => Un.Check(Plan, Population(
        Person("M1", Sex.Male, 30, place: "W-A-1"),
        Person("F1", Sex.Female, 30, place: "W-A-1"),
        Person("A1", Sex.Male, 30, place: "M-A-1"),
        Person("A2", Sex.Male, 30, place: "M-A-1"),
        Person("A3", Sex.Male, 30, place: "M-A-1"),
        Person("X1", Sex.Male, 30, place: "Z-9"),
        Person("N1", Sex.Male, 30)), On, "population.json");

    [Fact]
    public void The_summary_has_a_heading_and_one_line_per_finding()
    {
        Assert.Equal(
            """
            Separation check of 7 prisoner(s) (1 not placed) against un-separation-standards@1.0.0 on 2026-11-01: 1 mandatory violation(s), 1 advisory, 1 overcrowded place(s), 1 problem(s).
              MANDATORY mandela-11a (Men and women are not held in the same unit; women's premises in a mixed institution are entirely separate) at CENTRAL/W-A: Male: M1 | Female: F1 (against the unit's designation: M1) — Nelson Mandela Rules, rule 11(a) [secondary source]
              ADVISORY mandela-11a-institutions (Men and women are detained in separate institutions so far as possible) at CENTRAL: Male: A1, A2, A3, M1 | Female: F1 — Nelson Mandela Rules, rule 11(a) [secondary source]
              OVERCROWDED CENTRAL/M-A/M-A-1 (Cell): 3 held, capacity 2: A1, A2, A3
              PROBLEM population.json: $.prisoners[5].place: prisoner X1: 'Z-9' is not a place of the housing plan

            """.ReplaceLineEndings("\n"),
            Sample().ToSummary());
        Assert.StartsWith("Separation check of 0 prisoner(s) (0 not placed) against un-separation-standards@1.0.0 on 2026-11-01: no violations.", Check().ToSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_names_rules_locations_and_people()
    {
        var json = JsonNode.Parse(Sample().ToJson())!;
        Assert.Equal("un-separation-standards@1.0.0", json["policy"]!.GetValue<string>());
        var v = json["violations"]![0]!;
        Assert.Equal("mandela-11a", v["rule"]!.GetValue<string>());
        Assert.Equal("Unit", v["scope"]!.GetValue<string>());
        Assert.Equal("""{"facility":"CENTRAL","unit":"W-A"}""", v["location"]!.ToJsonString());
        Assert.Equal("""["M1"]""", v["againstDesignation"]!.ToJsonString());
        Assert.Equal("Secondary", v["citation"]!["verification"]!.GetValue<string>());
        Assert.Null(json["violations"]![1]!["againstDesignation"]);
        Assert.Equal("$.prisoners[5].place", json["problems"]![0]!["path"]!.GetValue<string>());
        Assert.Equal(Sample(), SeparationReport.TryLoad(Sample().ToJson()).Value);
    }

    [Fact]
    public void A_report_read_back_is_checked()
    {
        var json = JsonNode.Parse(Sample().ToJson())!;
        json["violations"]![0]!["scope"] = "Place";
        json["violations"]![1]!["groupA"]![0] = " ";
        json["overcrowding"]![0]!["location"]!.AsObject().Remove("place");
        var problems = SeparationReport.TryLoad(Encoding.UTF8.GetBytes(json.ToJsonString()), "report.json").Problems;
        Assert.Equal(
            ["report.json: $.violations[0].scope: scope Place does not match the location CENTRAL/W-A (a Unit)",
             "report.json: $.violations[1].groupA[0]: an id must not be blank",
             "report.json: $.overcrowding[0].location: an overcrowded location is a place (facility, unit and place)"],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_national_population_of_100000_is_checked_in_well_under_a_second()
    {
        // 40 facilities x 10 units x 25 places = 10,000 places; 100,000 prisoners spread at random, so that nearly every
        // unit mixes every category: the worst case for the size of the report.
        var random = new Random(20261101);
        var facilities = Enumerable.Range(0, 40).Select(f => Facility("F" + Text(f), [.. Enumerable.Range(0, 10).Select(u =>
            Unit($"F{Text(f)}-U{Text(u)}", u % 3 == 0 ? new UnitDesignation { Sex = Sex.Female } : null,
                [.. Enumerable.Range(0, 25).Select(p => Dormitory($"F{Text(f)}-U{Text(u)}-P{Text(p)}", 12))]))]));
        var plan = new HousingPlan([.. facilities]);
        var places = plan.Facilities.SelectMany(f => f.Units).SelectMany(u => u.Places).Select(p => p.Id).ToArray();
        string[] levels = ["Minimum", "Medium", "High"];
        var population = new PopulationRegister([.. Enumerable.Range(0, 100_000).Select(i => new Resident
        {
            Id = new PersonId("N" + Text(i)),
            Sex = random.Next(10) < 9 ? Sex.Male : Sex.Female,
            DateOfBirth = On.PlusDays(-random.Next(14 * 365, 70 * 365)),
            LegalStatus = (LegalStatus)random.Next(1, 4),
            SecurityLevel = levels[random.Next(3)],
            FamilyGroup = random.Next(50) == 0 ? "fam" + Text(random.Next(1000)) : null,
            Place = places[random.Next(places.Length)],
        })]);

        var first = Stopwatch.StartNew();
        var report = Jurisdiction.Check(plan, population, On);
        first.Stop();
        var second = Stopwatch.StartNew();
        _ = Jurisdiction.Check(plan, population, On);
        second.Stop();
        output.WriteLine($"100,000 prisoners, 10,000 places: first check {first.ElapsedMilliseconds} ms (with JIT), second {second.ElapsedMilliseconds} ms; {report.Violations.Length} violations");

        Assert.Equal(100_000, report.ResidentCount);
        Assert.True(report.Violations.Length > 1000);
        // The target is well under a second; the bound is loose because the test machine is shared. A quadratic
        // algorithm would take minutes.
        Assert.True(second.Elapsed < TimeSpan.FromSeconds(5), $"took {second.ElapsedMilliseconds} ms");
    }
}
