using System;
using System.Collections.Generic;
using Inl.Justice.Corrections;
using NodaTime;
using RulesEngine.Models;

namespace Inl.Justice.Benchmarks;

/// <summary>
/// The BOP instrument (pack us-bop-ps5100.08) on Microsoft RulesEngine 6.0.1: one workflow whose global params
/// compute each item's points, the total and the scored level in Dynamic LINQ expressions, and one rule per level
/// ("the level is at least High when the scale says High or a High public safety factor holds", …). The level is the
/// highest level whose rule succeeds.
/// </summary>
/// <remarks>
/// The engine is given <see cref="BopFacts"/> (input name <c>f</c>), built in C# on every call: the completed years
/// (age, since substance abuse, since each incident) are computed in C#, as RulesEngine's expression language has no
/// NodaTime date arithmetic. One engine instance is built once and reused (the maintainers recommend a singleton;
/// it caches the compiled workflow). RulesEngine compiles global params into each rule, so the score is evaluated
/// once per level rule (four times per classification); that is how the engine works, not a choice made here.
/// Thread-safe.
/// </remarks>
public sealed class RulesEngineBop
{
    /// <summary>The workflow name.</summary>
    public const string WorkflowName = "us-bop-ps5100.08";

    private static readonly string[] LevelsHighestFirst = ["High", "Medium", "Low", "Minimum"];

    private readonly RulesEngine.RulesEngine engine;

    /// <summary>Builds the engine (the workflow compiles on first use; call <see cref="Level"/> once to warm it).</summary>
    public RulesEngineBop()
    {
        var settings = new ReSettings { CustomTypes = [typeof(BopFacts), typeof(IncidentFact)] };
        engine = new RulesEngine.RulesEngine([Workflow()], settings);
    }

    /// <summary>The workflow, as it could be stored in JSON.</summary>
    public static Workflow Workflow() => new()
    {
        WorkflowName = WorkflowName,
        GlobalParams =
        [
            Param("detainer", "f.DetainerSeverity == 0 ? 0 : f.DetainerSeverity <= 2 ? 1 : f.DetainerSeverity == 3 ? 3 : f.DetainerSeverity == 4 ? 5 : 7"),
            Param("offense", "f.OffenseSeverity == 1 ? 0 : f.OffenseSeverity == 2 ? 1 : f.OffenseSeverity == 3 ? 3 : f.OffenseSeverity == 4 ? 5 : 7"),
            Param("history", "f.CriminalHistoryPoints <= 1 ? 0 : f.CriminalHistoryPoints <= 3 ? 2 : f.CriminalHistoryPoints <= 6 ? 4 : f.CriminalHistoryPoints <= 9 ? 6 : f.CriminalHistoryPoints <= 12 ? 8 : 10"),
            Param("violence", "f.Violence.Length == 0 ? 0 : f.Violence.Max(i => i.Serious"
                + " ? (i.YearsAgo <= 4 ? 7 : i.YearsAgo <= 9 ? 6 : i.YearsAgo <= 14 ? 4 : 2)"
                + " : (i.YearsAgo <= 4 ? 5 : i.YearsAgo <= 9 ? 3 : 1))"),
            Param("escape", "f.Escapes.Length == 0 ? 0 : f.Escapes.Max(i => i.Serious || i.YearsAgo <= 4 ? 3 : i.YearsAgo <= 9 ? 2 : 1)"),
            Param("surrender", "f.VoluntarySurrender ? -3 : 0"),
            Param("age", "f.AgeYears <= 24 ? 8 : f.AgeYears <= 35 ? 4 : f.AgeYears <= 54 ? 2 : 0"),
            Param("education", "f.Education == 1 ? 0 : f.Education == 2 ? 1 : 2"),
            Param("substance", "f.SubstanceAbuseYears >= 0 && f.SubstanceAbuseYears <= 4 ? 1 : 0"),
            Param("score", "detainer + offense + history + violence + escape + surrender + age + education + substance"),
            Param("scored", "f.Male ? (score >= 24 ? 3 : score >= 16 ? 2 : score >= 12 ? 1 : 0) : (score >= 31 ? 3 : score >= 16 ? 1 : 0)"),
        ],
        Rules =
        [
            LevelRule("High", "scored == 3"
                + " || (f.Male && (f.HasFlag(\"DisruptiveGroup\") || f.HasFlag(\"PrisonDisturbance\")"
                + " || f.MonthsToRelease >= 361 || f.HasFlag(\"LifeOrDeathSentence\")))"),
            LevelRule("Medium", "scored >= 2"
                + " || (f.Male && (f.MonthsToRelease >= 241 || f.HasFlag(\"SeriousEscape\")))"),
            LevelRule("Low", "scored >= 1"
                + " || (f.Male && (f.MonthsToRelease >= 121 || f.OffenseSeverity >= 5))"
                + " || f.HasFlag(\"SexOffender\") || f.HasFlag(\"ThreatToGovernmentOfficials\") || f.HasFlag(\"DeportableAlien\")"
                + " || f.HasFlag(\"JuvenileViolence\") || f.HasFlag(\"SeriousTelephoneAbuse\")"),
            LevelRule("Minimum", "true"),
        ],
    };

    /// <summary>Computes the level rank (0 Minimum .. 3 High) of <paramref name="profile"/>.</summary>
    public int Level(PrisonerProfile profile, LocalDate assessedOn)
    {
        var input = new RuleParameter("f", BopFacts.From(profile, assessedOn));
        // The engine's API is asynchronous only; the workflow has no asynchronous step, so it completes synchronously.
        var results = engine.ExecuteAllRulesAsync(WorkflowName, input).AsTask().GetAwaiter().GetResult();
        return Highest(results);
    }

    private static int Highest(List<RuleResultTree> results)
    {
        var highest = -1;
        foreach (var result in results)
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed: {result.ExceptionMessage}");
            }
            if (result.IsSuccess)
            {
                var rank = LevelsHighestFirst.Length - 1 - Array.IndexOf(LevelsHighestFirst, result.Rule.RuleName);
                highest = Math.Max(highest, rank);
            }
        }
        return highest >= 0 ? highest : throw new InvalidOperationException("No level rule succeeded.");
    }

    private static ScopedParam Param(string name, string expression) => new() { Name = name, Expression = expression };

    private static Rule LevelRule(string level, string expression) => new()
    {
        RuleName = level,
        SuccessEvent = level,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
    };
}
