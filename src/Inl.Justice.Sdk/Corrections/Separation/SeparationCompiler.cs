using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// Checks a separation-policy pack document and builds the runtime policy. Every problem is reported with its JSON
/// path; nothing is built when there is any.
/// </summary>
internal sealed class SeparationCompiler
{
    /// <summary>At most this many rules: a prisoner's sides of every rule fit in one 64-bit mask.</summary>
    internal const int MaxRules = 32;

    /// <summary>At most this many distinct security-level names across the rules' selectors.</summary>
    internal const int MaxSecurityLevels = 64;

    internal const int MinChildAge = 1;
    internal const int MaxChildAge = 30;

    private readonly SeparationPackJson doc;
    private readonly ProblemSink problems;
    private readonly Dictionary<string, int> levelIndex = new(StringComparer.Ordinal);

    private SeparationCompiler(SeparationPackJson doc, ProblemSink problems)
    {
        this.doc = doc;
        this.problems = problems;
    }

    public static SeparationPolicy? Compile(SeparationPackJson doc, RulePackHeader? header, ProblemSink problems) =>
        new SeparationCompiler(doc, problems).Run(header);

    private SeparationPolicy? Run(RulePackHeader? header)
    {
        var before = problems.Count;
        var years = doc.ChildAgeBelow.Years;
        if (years is < MinChildAge or > MaxChildAge)
        {
            problems.Add("$.childAgeBelow.years", $"must be between {MinChildAge} and {MaxChildAge} (found {years})");
        }
        var childCitation = Cite(doc.ChildAgeBelow.Citation, "$.childAgeBelow.citation");
        var designation = CompileDesignation();
        var rules = CompileRules(designation?.Id);
        if (levelIndex.Count > MaxSecurityLevels)
        {
            problems.Add("$.rules", $"at most {MaxSecurityLevels} distinct security levels may be named across the rules (found {levelIndex.Count})");
        }
        if (problems.Count > before || header is null || childCitation is null || designation is null)
        {
            return null;
        }
        var evaluator = new SeparationEvaluator(
            [.. rules.Select(r => r.Rule)],
            designation,
            years,
            levelIndex,
            [.. rules.Select(r => r.A)],
            [.. rules.Select(r => r.B)]);
        return new SeparationPolicy(header, doc, childCitation, evaluator);
    }

    private Citation? Cite(CitationJson? json, string path) => CitationJson.Compile(json, path, doc.Header, problems);

    private DesignationRule? CompileDesignation()
    {
        var d = doc.Designation;
        var citation = Cite(d.Citation, "$.designation.citation");
        var ok = RequireText(d.Id, "$.designation.id", "a rule id is required") & RequireText(d.Title, "$.designation.title", "a title is required");
        return ok && citation is not null ? new DesignationRule(d.Id, d.Title, d.Severity, citation) : null;
    }

    private List<(SeparationRule Rule, CompiledSelector A, CompiledSelector B)> CompileRules(string? designationId)
    {
        var result = new List<(SeparationRule, CompiledSelector, CompiledSelector)>();
        if (doc.Rules.Length == 0)
        {
            problems.Add("$.rules", "at least one rule is required");
        }
        if (doc.Rules.Length > MaxRules)
        {
            problems.Add("$.rules", $"at most {MaxRules} rules are supported (found {doc.Rules.Length})");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Rules.Length; i++)
        {
            var rule = doc.Rules[i];
            var path = JsonShape.Index("$.rules", i);
            var ok = RequireText(rule.Id, path + ".id", "a rule id is required");
            if (ok && (!ids.Add(rule.Id) || rule.Id == designationId))
            {
                problems.Add(path + ".id", rule.Id == designationId ? $"rule id '{rule.Id}' is already the designation rule's id" : $"duplicate rule id '{rule.Id}'");
                ok = false;
            }
            ok &= RequireText(rule.Title, path + ".title", "a title is required");
            var citation = Cite(rule.Citation, path + ".citation");
            if (rule.Apart.Length != 2)
            {
                problems.Add(path + ".apart", $"list exactly two groups to keep apart (found {rule.Apart.Length})");
                continue;
            }
            var a = CompileSelector(rule.Apart[0], JsonShape.Index(path + ".apart", 0));
            var b = CompileSelector(rule.Apart[1], JsonShape.Index(path + ".apart", 1));
            if (a is null || b is null)
            {
                continue;
            }
            if (!Disjoint(a.Value.Description, b.Value.Description))
            {
                problems.Add(path + ".apart", "the two groups overlap: a prisoner could belong to both; make them differ in a property both set (e.g. sex Male and sex Female)");
                ok = false;
            }
            if (ok && citation is not null)
            {
                result.Add((new SeparationRule(rule.Id, rule.Title, rule.Scope, a.Value.Description, b.Value.Description, rule.ExceptSameFamily, rule.Severity, citation),
                    a.Value.Compiled, b.Value.Compiled));
            }
        }
        return result;
    }

    private (ResidentSelector Description, CompiledSelector Compiled)? CompileSelector(SelectorJson s, string path)
    {
        var before = problems.Count;
        if (s.Sex is null && s.LegalStatus is null && s.AgeGroup is null && s.SecurityLevels is null)
        {
            problems.Add(path, "a group needs at least one of sex, legalStatus, ageGroup, securityLevels");
        }
        var legalMask = 0;
        if (s.LegalStatus is { } statuses)
        {
            CheckList(statuses, path + ".legalStatus", "legal status");
            foreach (var status in statuses)
            {
                legalMask |= 1 << (int)status;
            }
        }
        var levelMask = 0UL;
        if (s.SecurityLevels is { } levels)
        {
            CheckList(levels, path + ".securityLevels", "security level");
            for (var i = 0; i < levels.Length; i++)
            {
                if (string.IsNullOrWhiteSpace(levels[i]))
                {
                    problems.Add(JsonShape.Index(path + ".securityLevels", i), "a security level name is required");
                    continue;
                }
                levelIndex.TryAdd(levels[i], levelIndex.Count);
                var bit = levelIndex[levels[i]];
                levelMask |= bit < 64 ? 1UL << bit : 0;
            }
        }
        if (problems.Count > before)
        {
            return null;
        }
        var description = new ResidentSelector
        {
            Sex = s.Sex,
            LegalStatuses = DtoArrays.OrEmpty(s.LegalStatus),
            AgeGroup = s.AgeGroup,
            SecurityLevels = DtoArrays.OrEmpty(s.SecurityLevels),
        };
        return (description, new CompiledSelector(s.Sex, legalMask, s.AgeGroup, levelMask));
    }

    private void CheckList<T>(T[] values, string path, string what)
    {
        if (values.Length == 0)
        {
            problems.Add(path, $"list at least one {what}, or omit the property");
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (Array.IndexOf(values, values[i]) < i)
            {
                problems.Add(JsonShape.Index(path, i), $"duplicate {what} '{values[i]}'");
            }
        }
    }

    /// <summary>Whether no prisoner can match both groups: they set some property to values that cannot coincide.</summary>
    private static bool Disjoint(ResidentSelector a, ResidentSelector b) =>
        (a.Sex is { } sa && b.Sex is { } sb && sa != sb)
        || (a.AgeGroup is { } ga && b.AgeGroup is { } gb && ga != gb)
        || (!a.LegalStatuses.IsEmpty && !b.LegalStatuses.IsEmpty && !a.LegalStatuses.Intersect(b.LegalStatuses).Any())
        || (!a.SecurityLevels.IsEmpty && !b.SecurityLevels.IsEmpty && !a.SecurityLevels.Intersect(b.SecurityLevels, StringComparer.Ordinal).Any());

    private bool RequireText(string value, string path, string message)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        problems.Add(path, message);
        return false;
    }
}
