using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Alternatives;

/// <summary>Kleene's three truth values: a fact that is not recorded is unknown, not false.</summary>
internal enum Truth
{
    False = 0,
    Unknown = 1,
    True = 2,
}

internal static class Truths
{
    public static Truth And(Truth a, Truth b) => (Truth)Math.Min((int)a, (int)b);

    public static Truth Or(Truth a, Truth b) => (Truth)Math.Max((int)a, (int)b);

    public static Truth Not(Truth a) => (Truth)(2 - (int)a);

    public static Truth Of(bool? value) => value switch { true => Truth.True, false => Truth.False, null => Truth.Unknown };
}

/// <summary>A compiled condition: every part given must hold (sex, age range in completed years, facts).</summary>
internal sealed record Condition(Sex? Sex, int? AgeUnder, int? AgeAtLeast, ImmutableArray<string> AnyOf, ImmutableArray<string> AllOf, ImmutableArray<string> NoneOf)
{
    /// <summary>Whether the condition has no parts, and so always holds.</summary>
    public bool IsAlways => Sex is null && AgeUnder is null && AgeAtLeast is null && AnyOf.IsEmpty && AllOf.IsEmpty && NoneOf.IsEmpty;

    /// <summary>Evaluates the condition; when <paramref name="missing"/> is given, adds the unrecorded facts it depends on.</summary>
    public Truth Evaluate(ScreeningCase person, int age, SortedSet<string>? missing)
    {
        var result = Truth.True;
        if (Sex is { } sex)
        {
            var t = person.Sex == Common.Sex.Unknown ? Truth.Unknown : person.Sex == sex ? Truth.True : Truth.False;
            if (t == Truth.Unknown)
            {
                missing?.Add("sex");
            }
            result = Truths.And(result, t);
        }
        if (AgeUnder is { } under)
        {
            result = Truths.And(result, age < under ? Truth.True : Truth.False);
        }
        if (AgeAtLeast is { } atLeast)
        {
            result = Truths.And(result, age >= atLeast ? Truth.True : Truth.False);
        }
        if (!AnyOf.IsEmpty)
        {
            var any = Truth.False;
            foreach (var f in AnyOf)
            {
                any = Truths.Or(any, Fact(person, f, missing));
            }
            result = Truths.And(result, any);
        }
        foreach (var f in AllOf)
        {
            result = Truths.And(result, Fact(person, f, missing));
        }
        foreach (var f in NoneOf)
        {
            result = Truths.And(result, Truths.Not(Fact(person, f, missing)));
        }
        return result;
    }

    private static Truth Fact(ScreeningCase person, string name, SortedSet<string>? missing)
    {
        var t = Truths.Of(person.Fact(name));
        if (t == Truth.Unknown)
        {
            missing?.Add(name);
        }
        return t;
    }

    public static Condition? Compile(ConditionJson json, string path, ImmutableSortedDictionary<string, string> facts, ProblemSink problems)
    {
        var before = problems.Count;
        if (json.AgeUnder is < 1 or > 150)
        {
            problems.Add(path + ".ageUnder", "must lie within 1–150");
        }
        if (json.AgeAtLeast is < 0 or > 150)
        {
            problems.Add(path + ".ageAtLeast", "must lie within 0–150");
        }
        if (json is { AgeUnder: { } u, AgeAtLeast: { } a } && a >= u)
        {
            problems.Add(path, $"ageAtLeast {a} and ageUnder {u} leave no age");
        }
        if (json.Sex == Common.Sex.Unknown)
        {
            problems.Add(path + ".sex", "a condition names Female or Male");
        }
        Facts(json.AnyOf, path + ".anyOf", facts, problems);
        Facts(json.AllOf, path + ".allOf", facts, problems);
        Facts(json.NoneOf, path + ".noneOf", facts, problems);
        return problems.Count > before
            ? null
            : new Condition(json.Sex, json.AgeUnder, json.AgeAtLeast, [.. json.AnyOf ?? []], [.. json.AllOf ?? []], [.. json.NoneOf ?? []]);
    }

    private static void Facts(string[]? names, string path, ImmutableSortedDictionary<string, string> facts, ProblemSink problems)
    {
        if (names is null)
        {
            return;
        }
        if (names.Length == 0)
        {
            problems.Add(path, "give at least one fact, or omit it");
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (!facts.ContainsKey(names[i]))
            {
                problems.Add(JsonShape.Index(path, i), $"unknown fact '{names[i]}' (not in $.facts)");
            }
            else if (names.Take(i).Contains(names[i], StringComparer.Ordinal))
            {
                problems.Add(JsonShape.Index(path, i), $"duplicate fact '{names[i]}'");
            }
        }
    }
}
