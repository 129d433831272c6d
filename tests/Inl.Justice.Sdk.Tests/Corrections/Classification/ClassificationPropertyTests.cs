using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Corrections.Classification;
using NodaTime;

namespace Inl.Justice.Tests.Corrections.Classification;

/// <summary>Invariants of the BOP instrument over generated valid profiles.</summary>
[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
public sealed class ClassificationPropertyTests
{
    private static ClassificationInstrument Bop => TestData.Bop;

    [Property]
    public Property Level_never_decreases_when_an_answer_gets_worse(BopCase c, Worsening w, int amount)
    {
        var worse = Arbitraries.Worsen(c.Profile, c.AssessedOn, w, amount);
        var before = Bop.Classify(c.Profile, c.AssessedOn);
        var after = Bop.Classify(worse, c.AssessedOn);
        return (after.Score >= before.Score).Label($"score {before.Score} -> {after.Score}")
            .And(after.ScoredLevel >= before.ScoredLevel).Label($"scored {before.ScoredLevel} -> {after.ScoredLevel}")
            .And(after.Level >= before.Level).Label($"level {before.Level} -> {after.Level}")
            .Classify(worse.Equals(c.Profile), "unchanged");
    }

    [Property]
    public Property Score_lies_in_the_instrument_range_and_is_the_sum_of_contributions(BopCase c)
    {
        var r = Bop.Classify(c.Profile, c.AssessedOn);
        return (r.Score >= Bop.MinScore && r.Score <= Bop.MaxScore).Label($"score {r.Score} in [{Bop.MinScore}, {Bop.MaxScore}]")
            .And(r.Score == r.Contributions.Sum(x => x.Points)).Label("sum of contributions")
            .And(r.Contributions.Length == Bop.Items.Length).Label("one contribution per item")
            .And(r.Score == Bop.Score(c.Profile, c.AssessedOn)).Label("Score() agrees");
    }

    [Property]
    public bool Fast_path_agrees_with_the_explanation(BopCase c) =>
        Bop.Level(c.Profile, c.AssessedOn) == Bop.Classify(c.Profile, c.AssessedOn).Level;

    [Property]
    public Property A_floor_never_lowers_a_level(BopCase c)
    {
        var r = Bop.Classify(c.Profile, c.AssessedOn);
        return (r.ComputedLevel >= r.ScoredLevel).Label("computed >= scored (the BOP pack has no ceilings)")
            .And(r.Floors.All(f => r.ComputedLevel >= f.Level)).Label("computed >= every floor that held")
            .And(r.Floors.Any(f => f.Binding) == (r.ComputedLevel != r.ScoredLevel)).Label("a floor is binding exactly when the level changed");
    }

    [Property]
    public Property Removing_every_flag_never_raises_the_level(BopCase c)
    {
        var plain = c.Profile with { PublicSafetyFactors = [] };
        return (Bop.Level(plain, c.AssessedOn) <= Bop.Level(c.Profile, c.AssessedOn)).ToProperty();
    }

    [Property(MaxTest = 60)]
    public Property Evaluation_is_identical_across_threads_and_cultures(BopCase[] cases)
    {
        var cultures = new[] { "tr-TR", "ar-SA", "fr-FR", "th-TH", "" }.Select(CultureInfo.GetCultureInfo).ToArray();
        string Run(CultureInfo culture)
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            try
            {
                var results = cases.Select(x => Bop.Classify(x.Profile, x.AssessedOn)).ToList();
                return Convert.ToBase64String(ClassificationResults.ToJson(results));
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
                CultureInfo.CurrentUICulture = previous;
            }
        }
        var outputs = new string[cultures.Length * 2];
        Parallel.For(0, outputs.Length, i => outputs[i] = Run(cultures[i % cultures.Length]));
        return outputs.All(o => o == outputs[0]).ToProperty();
    }

    [Property(MaxTest = 30)]
    public Property Parallel_batch_equals_one_at_a_time(BopCase[] cases, PositiveInt degree)
    {
        var on = new LocalDate(2030, 1, 1);
        var profiles = cases.Where(x => x.AssessedOn <= on).Select(x => x.Profile).ToArray();
        var expected = profiles.Select(p => Bop.Level(p, on)).ToArray();
        var single = new SecurityLevel[profiles.Length];
        var parallel = new SecurityLevel[profiles.Length];
        Bop.LevelMany(profiles, on, single);
        Bop.LevelManyParallel(profiles, on, parallel, Math.Min(degree.Get, 8));
        return (single.SequenceEqual(expected) && parallel.SequenceEqual(expected)).ToProperty();
    }

    [Property(MaxTest = 100)]
    public Property Results_round_trip_through_json_losslessly(BopCase[] cases)
    {
        var results = cases.Select(x => Bop.Classify(x.Profile, x.AssessedOn)).ToList();
        var json = ClassificationResults.ToJson(results);
        var back = ClassificationResults.TryLoad(json, Bop).Value;
        return back.SequenceEqual(results).Label("equal results")
            .And(ClassificationResults.ToJson(back).AsSpan().SequenceEqual(json)).Label("same bytes");
    }

    [Property(MaxTest = 100)]
    public Property Cohorts_round_trip_through_json_losslessly(BopCase[] cases)
    {
        var unique = cases.DistinctBy(x => x.Profile.Id).Select(x => x.Profile).ToImmutableArray();
        var cohort = new Inl.Justice.Corrections.PrisonerCohort(new LocalDate(2026, 1, 1), unique);
        var back = Inl.Justice.Corrections.PrisonerCohort.TryLoad(cohort.ToJson()).Value;
        return (back.AssessedOn == cohort.AssessedOn && back.Prisoners.SequenceEqual(cohort.Prisoners)).ToProperty();
    }

    [Property]
    public Property Completed_years_match_NodaTime_period_arithmetic(LocalDate a, LocalDate b)
    {
        var (start, end) = a <= b ? (a, b) : (b, a);
        var expected = Period.Between(start, end, PeriodUnits.Years).Years;
        return (CompletedYears.Between(start, end) == expected).Label($"{start} -> {end}: expected {expected}")
            .And(CompletedYears.Between(end, start) == -expected).Label("antisymmetric");
    }

    [Property(MaxTest = 200)]
    public Property Valid_overrides_keep_the_computed_level_beside_the_decided_one(BopCase c, NonNegativeInt pick)
    {
        var computed = Bop.Classify(c.Profile, c.AssessedOn);
        var target = Bop.Levels[pick.Get % Bop.Levels.Length];
        var reason = target > computed.ComputedLevel ? "GreaterSecurity" : "LesserSecurity";
        var request = new ClassificationOverride(target.Name, reason, "Documented facts", "officer-1", c.AssessedOn, "dscc-administrator");
        var result = Bop.Override(computed, request);
        if (target == computed.ComputedLevel)
        {
            return (!result.IsValid).Label("an override must change the level");
        }
        var r = result.Value;
        return (r.Level == target && r.ComputedLevel == computed.ComputedLevel && r.Score == computed.Score
                && r.OverrideSteps == target.Rank - computed.ComputedLevel.Rank && r.Override == request).ToProperty();
    }
}
