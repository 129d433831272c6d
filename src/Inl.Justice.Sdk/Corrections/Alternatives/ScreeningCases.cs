using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections.Alternatives;

/// <summary>
/// People to screen on one date: <c>{"screenedOn":"YYYY-MM-DD","cases":[{"id","sex","dateOfBirth","stage","facts":{"Pregnant":true,…}}]}</c>.
/// Fact names are checked against a screen's pack when the cases are screened (<see cref="AlternativesScreen.ScreenAll"/>).
/// </summary>
public sealed class ScreeningCases
{
    /// <summary>Creates a set of cases.</summary>
    /// <exception cref="ArgumentException">Two cases share an id, or a date of birth is after <paramref name="screenedOn"/>.</exception>
    public ScreeningCases(LocalDate screenedOn, ImmutableArray<ScreeningCase> cases)
    {
        Preconditions.CheckArgument(!cases.IsDefault, nameof(cases), "Cases must not be default");
        var duplicate = cases.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(cases), $"Duplicate case id '{duplicate?.Key}'");
        var unborn = cases.FirstOrDefault(c => c.DateOfBirth > screenedOn);
        Preconditions.CheckArgument(unborn is null, nameof(cases), $"{unborn?.Id} was born after the screening date {screenedOn:uuuu-MM-dd}");
        ScreenedOn = screenedOn;
        Cases = cases;
    }

    /// <summary>Gets the date of the screening (ages are completed years on it).</summary>
    public LocalDate ScreenedOn { get; }

    /// <summary>Gets the cases, in document order.</summary>
    public ImmutableArray<ScreeningCase> Cases { get; }

    /// <summary>Gets the JSON Schema of screening-cases documents (published as <c>docs/schemas/screening-cases.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        AlternativesJsonContext.Default.ScreeningCasesJson,
        "https://inl-justice-sdk/schemas/screening-cases.schema.json",
        "Inl.Justice.Sdk screening cases",
        "People to screen for non-custodial measures on one date, with the yes/no facts a screen pack declares.");

    /// <summary>Reads cases, reporting every problem with its JSON path.</summary>
    public static Validated<ScreeningCases> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null)
    {
        var problems = new ProblemSink(source);
        var json = JsonDocumentReader.Read(utf8Json, AlternativesJsonContext.Default.ScreeningCasesJson, problems);
        if (json is null)
        {
            return Validated<ScreeningCases>.Failure(problems.ToImmutable());
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var cases = ImmutableArray.CreateBuilder<ScreeningCase>(json.Cases.Length);
        for (var i = 0; i < json.Cases.Length; i++)
        {
            var c = json.Cases[i];
            var path = JsonShape.Index("$.cases", i);
            var before = problems.Count;
            problems.CheckPersonId(c.Id, path + ".id", ids, "case");
            if (c.DateOfBirth > json.ScreenedOn)
            {
                problems.Add(path + ".dateOfBirth", $"{c.DateOfBirth:uuuu-MM-dd} is after the screening date {json.ScreenedOn:uuuu-MM-dd}");
            }
            foreach (var name in (c.Facts ?? []).Keys)
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    problems.Add(JsonShape.Child(path + ".facts", name), "a fact name must not be blank");
                }
            }
            if (problems.Count == before)
            {
                cases.Add(new ScreeningCase
                {
                    Id = new PersonId(c.Id),
                    Sex = c.Sex,
                    DateOfBirth = c.DateOfBirth,
                    Stage = c.Stage,
                    Facts = (c.Facts ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
                });
            }
        }
        return problems.HasProblems
            ? Validated<ScreeningCases>.Failure(problems.ToImmutable())
            : Validated<ScreeningCases>.Success(new ScreeningCases(json.ScreenedOn, cases.ToImmutable()));
    }

    /// <summary>Reads cases from a file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Validated<ScreeningCases> TryLoadFile(string path) =>
        TryLoad(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Writes the cases as UTF-8 JSON in the form <see cref="TryLoad"/> reads.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        new ScreeningCasesJson(ScreenedOn, [.. Cases.Select(c => new ScreeningCaseJson(
            c.Id.Value, c.Sex, c.DateOfBirth, c.Stage, c.Facts.IsEmpty ? null : new Dictionary<string, bool>(c.Facts, StringComparer.Ordinal)))]),
        AlternativesJsonContext.Default.ScreeningCasesJson);
}
