using System;
using System.Collections.Generic;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.RulePacks;
using NodaTime;
using Xunit;

namespace Inl.Justice.Benchmarks.Tests;

/// <summary>
/// The benchmarks compare four implementations of the BOP instrument; these tests prove they compute the same thing,
/// on a generated cohort that exercises every table, both scales and every public safety factor.
/// </summary>
public sealed class EquivalenceTests
{
    private const string PackId = "us-bop-ps5100.08";
    private static readonly LocalDate On = Cohort.AssessedOn;
    private static readonly ClassificationInstrument Instrument = RulePackCatalog.Default.Get<ClassificationInstrument>(PackId, On);

    [Fact]
    public void Four_implementations_give_identical_levels_on_a_generated_cohort()
    {
        var profiles = Cohort.Generate(6_000, seed: 42);
        var rulesEngine = new RulesEngineBop();
        var nrules = new NRulesBop();
        var mismatches = new List<string>();
        foreach (var p in profiles)
        {
            var hand = HandWrittenBop.Level(p, On);
            var sdk = Instrument.Level(p, On).Rank;
            var re = rulesEngine.Level(p, On);
            var nr = nrules.Level(p, On);
            if (hand != sdk || hand != re || hand != nr)
            {
                mismatches.Add($"{p.Id}: hand-written {hand}, SDK {sdk}, RulesEngine {re}, NRules {nr}");
            }
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Sdk_Classify_agrees_with_Level_and_Score_and_the_hand_written_score()
    {
        foreach (var p in Cohort.Generate(20_000, seed: 7))
        {
            var result = Instrument.Classify(p, On);
            var level = Instrument.Level(p, On);
            var score = Instrument.Score(p, On);
            Assert.Equal(level, result.Level);
            Assert.Equal(level, result.ComputedLevel);
            Assert.Equal(score, result.Score);
            Assert.Equal(score, result.Contributions.Sum(c => c.Points));
            Assert.Equal(HandWrittenBop.Score(p, On), score);
        }
    }

    [Fact]
    public void Hand_written_and_Sdk_agree_on_a_large_cohort()
    {
        foreach (var p in Cohort.Generate(200_000, seed: 2026))
        {
            Assert.Equal(Instrument.Level(p, On).Rank, HandWrittenBop.Level(p, On));
        }
    }

    [Fact]
    public void The_cohort_exercises_every_level_both_scales_and_the_floors()
    {
        var profiles = Cohort.Generate(6_000, seed: 42);
        var results = profiles.Select(p => (Profile: p, Result: Instrument.Classify(p, On))).ToArray();
        var male = results.Where(r => r.Profile.Sex == Sex.Male).ToArray();
        var female = results.Where(r => r.Profile.Sex == Sex.Female).ToArray();

        Assert.Equal(["Minimum", "Low", "Medium", "High"], male.Select(r => r.Result.ScoredLevel.Name).Distinct().OrderBy(Rank));
        Assert.Equal(["Minimum", "Low", "High"], female.Select(r => r.Result.ScoredLevel.Name).Distinct().OrderBy(Rank));
        // Every floor of the pack binds (raises the level) for some profile, and some floors hold without binding.
        var binding = results.SelectMany(r => r.Result.Floors.Where(f => f.Binding).Select(f => f.Rule)).ToHashSet();
        Assert.Equal(Instrument.Floors.Select(f => f.Id).Order(), binding.Order());
        Assert.Contains(results, r => r.Result.Floors.Length > 0 && r.Result.Floors.All(f => !f.Binding));
        // Every row of every item is used.
        var rows = results.SelectMany(r => r.Result.Contributions).Select(c => (c.Item, c.Answer)).ToHashSet();
        Assert.True(rows.Count >= 40, $"only {rows.Count} item rows used");
        Assert.Contains(rows, r => r.Item == "historyOfViolence" && r.Answer.StartsWith("serious, 15", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Item == "historyOfEscape" && r.Answer.StartsWith("minor, 15", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cohort_has_the_documented_shape_and_every_profile_is_valid()
    {
        var profiles = Cohort.Generate(20_000);
        Assert.InRange(profiles.Count(p => p.Sex == Sex.Female) / 20_000.0, 0.08, 0.12);
        Assert.InRange(profiles.Count(p => p.PublicSafetyFactors.Length > 0) / 20_000.0, 0.08, 0.12);
        Assert.Equal(Cohort.BopFlags.Order(), profiles.SelectMany(p => p.PublicSafetyFactors).Distinct().Order());
        Assert.All(profiles, p => Assert.InRange(HandWrittenBop.CompletedYears(p.DateOfBirth, On), 18, 80));
        Assert.Contains(profiles, p => p.DateOfBirth.Month == 2 && p.DateOfBirth.Day == 29);
        Assert.Equal(5, profiles.Select(p => p.OffenseSeverity).Distinct().Count());
        Assert.Equal(6, profiles.Select(p => p.DetainerSeverity).Distinct().Count());
        Assert.Equal(21, profiles.Select(p => p.CriminalHistoryPoints).Distinct().Count());
        Assert.Equal(4, profiles.Select(p => p.Violence.Length).Distinct().Count());
        Assert.Equal(4, profiles.Select(p => p.Escapes.Length).Distinct().Count());
        Assert.All(profiles, p => Assert.InRange(p.MonthsToRelease, 0, 480));
        Assert.All(profiles, p => Assert.All(p.Violence.Concat(p.Escapes), i => Assert.InRange(HandWrittenBop.CompletedYears(i.Date, On), 0, 30)));
        Assert.All(profiles, p => Assert.Empty(Instrument.Check(p, On)));
    }

    [Fact]
    public void The_cohort_is_deterministic()
    {
        Assert.Equal(Cohort.Generate(500, seed: 99), Cohort.Generate(500, seed: 99));
        Assert.NotEqual(Cohort.Generate(50, seed: 1), Cohort.Generate(50, seed: 2));
    }

    [Fact]
    public void Hand_written_completed_years_match_NodaTime_Period_Between()
    {
        var starts = new List<LocalDate> { new(2000, 2, 29), new(2004, 2, 29), new(1999, 3, 1), new(1999, 2, 28), new(1996, 12, 31) };
        var random = new Random(5);
        for (var i = 0; i < 2_000; i++)
        {
            starts.Add(new LocalDate(1940, 1, 1).PlusDays(random.Next(0, 32_000)));
        }
        foreach (var start in starts)
        {
            foreach (var end in new[] { new LocalDate(2026, 2, 28), new LocalDate(2028, 2, 28), new LocalDate(2028, 2, 29), new LocalDate(2026, 3, 1), On, start, start.PlusDays(1), start.PlusDays(-1) }
                .Concat(Enumerable.Range(0, 20).Select(_ => new LocalDate(1940, 1, 1).PlusDays(random.Next(0, 35_000)))))
            {
                if (end < start)
                {
                    continue; // only dates on or before the assessment date are ever measured
                }
                var expected = Period.Between(start, end, PeriodUnits.Years).Years;
                Assert.Equal(expected, HandWrittenBop.CompletedYears(start, end));
            }
        }
    }

    [Fact]
    public void Every_implementation_rejects_an_undeclared_flag_and_the_unknown_population()
    {
        var valid = Cohort.Generate(1)[0];
        foreach (var invalid in new[] { valid with { PublicSafetyFactors = ["NotAFlag"] }, valid with { Sex = Sex.Unknown } })
        {
            Assert.Throws<ArgumentException>(() => Instrument.Level(invalid, On));
            Assert.Throws<ArgumentException>(() => HandWrittenBop.Level(invalid, On));
            Assert.Throws<ArgumentException>(() => new RulesEngineBop().Level(invalid, On));
            Assert.Throws<ArgumentException>(() => new NRulesBop().Level(invalid, On));
        }
    }

    [Fact]
    public void Sdk_rejects_an_incident_dated_after_the_assessment_date()
    {
        var valid = Cohort.Generate(1)[0];
        var future = valid with { Violence = [new Incident(On.PlusMonths(1), Serious: true)] };
        Assert.NotEmpty(Instrument.Check(future, On));
        Assert.Throws<ArgumentException>(() => HandWrittenBop.Level(future, On));
        Assert.Throws<ArgumentException>(() => Instrument.Level(future, On));
    }

    private static int Rank(string level) => Instrument.TryGetLevel(level, out var l) ? l.Rank : -1;
}
