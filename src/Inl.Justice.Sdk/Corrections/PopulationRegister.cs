using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections;

/// <summary>
/// The prisoners held by an administration, as the standards layer reads them (separation, reviews, safeguards):
/// <c>{"prisoners":[{"id","sex","dateOfBirth","legalStatus","securityLevel","familyGroup","place","regime","admittedOn","releaseOn","lastReviewOn","lastReviews","events","pregnant","breastfeeding","withInfant"}]}</c>.
/// </summary>
public sealed class PopulationRegister
{
    /// <summary>Creates a register.</summary>
    /// <exception cref="ArgumentException">Two residents share an id.</exception>
    public PopulationRegister(ImmutableArray<Resident> prisoners)
    {
        Preconditions.CheckArgument(!prisoners.IsDefault, nameof(prisoners), "Prisoners must not be default");
        var duplicate = prisoners.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(prisoners), $"Duplicate prisoner id '{duplicate?.Key}'");
        Prisoners = prisoners;
    }

    /// <summary>Gets the residents, in document order.</summary>
    public ImmutableArray<Resident> Prisoners { get; }

    /// <summary>Gets the JSON Schema of register documents (published as <c>docs/schemas/population-register.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        PopulationRegisterJsonContext.Default.PopulationRegisterJson,
        "https://inl-justice-sdk/schemas/population-register.schema.json",
        "Inl.Justice.Sdk population register",
        "The prisoners held by an administration, for separation checks, review schedules and safeguards.");

    /// <summary>Reads a register, reporting every problem with its JSON path.</summary>
    public static Validated<PopulationRegister> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null)
    {
        var problems = new ProblemSink(source);
        var json = JsonDocumentReader.Read(utf8Json, PopulationRegisterJsonContext.Default.PopulationRegisterJson, problems);
        if (json is null)
        {
            return Validated<PopulationRegister>.Failure(problems.ToImmutable());
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var residents = ImmutableArray.CreateBuilder<Resident>(json.Prisoners.Length);
        for (var i = 0; i < json.Prisoners.Length; i++)
        {
            var r = json.Prisoners[i];
            var path = JsonShape.Index("$.prisoners", i);
            var before = problems.Count;
            problems.CheckPersonId(r.Id, path + ".id", ids, "prisoner");
            CheckText(r.SecurityLevel, path + ".securityLevel", problems);
            CheckText(r.FamilyGroup, path + ".familyGroup", problems);
            CheckText(r.Place, path + ".place", problems);
            CheckNotBefore(r.AdmittedOn, r.DateOfBirth, path + ".admittedOn", "the date of birth", problems);
            CheckNotBefore(r.LastReviewOn, r.AdmittedOn, path + ".lastReviewOn", "the admission date", problems);
            CheckNotBefore(r.ReleaseOn, r.AdmittedOn, path + ".releaseOn", "the admission date", problems);
            foreach (var (kind, on) in r.LastReviews ?? [])
            {
                var reviewPath = JsonShape.Child(path + ".lastReviews", kind);
                if (string.IsNullOrWhiteSpace(kind))
                {
                    problems.Add(reviewPath, "a review kind id must not be blank");
                }
                CheckNotBefore(on, r.AdmittedOn, reviewPath, "the admission date", problems);
            }
            for (var e = 0; e < (r.Events?.Length ?? 0); e++)
            {
                CheckNotBefore(r.Events![e].On, r.AdmittedOn, JsonShape.Index(path + ".events", e) + ".on", "the admission date", problems);
            }
            if (problems.Count > before)
            {
                continue;
            }
            residents.Add(new Resident
            {
                Id = new PersonId(r.Id),
                Sex = r.Sex,
                DateOfBirth = r.DateOfBirth,
                LegalStatus = r.LegalStatus,
                SecurityLevel = r.SecurityLevel,
                FamilyGroup = r.FamilyGroup,
                Place = r.Place,
                Regime = r.Regime,
                AdmittedOn = r.AdmittedOn,
                ReleaseOn = r.ReleaseOn,
                LastReviewOn = r.LastReviewOn,
                LastReviews = (r.LastReviews ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal),
                Events = [.. (r.Events ?? []).Select(e => new ResidentEvent(e.Kind, e.On))],
                Pregnant = r.Pregnant,
                Breastfeeding = r.Breastfeeding,
                WithInfant = r.WithInfant,
            });
        }
        return problems.HasProblems
            ? Validated<PopulationRegister>.Failure(problems.ToImmutable())
            : Validated<PopulationRegister>.Success(new PopulationRegister(residents.ToImmutable()));
    }

    /// <summary>Reads a register from a file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Validated<PopulationRegister> TryLoadFile(string path) =>
        TryLoad(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Writes the register as UTF-8 JSON in the form <see cref="TryLoad"/> reads.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        new PopulationRegisterJson([.. Prisoners.Select(r => new ResidentJson(
            r.Id.Value, r.Sex, r.DateOfBirth, r.LegalStatus, r.SecurityLevel, r.FamilyGroup, r.Place, r.Regime, r.AdmittedOn,
            r.ReleaseOn, r.LastReviewOn, r.Events.IsEmpty ? null : [.. r.Events.Select(e => new ResidentEventJson(e.Kind, e.On))],
            r.Pregnant, r.Breastfeeding, r.WithInfant, r.LastReviews.IsEmpty ? null : new Dictionary<string, NodaTime.LocalDate>(r.LastReviews, StringComparer.Ordinal)))]),
        PopulationRegisterJsonContext.Default.PopulationRegisterJson);

    private static void CheckText(string? value, string path, ProblemSink problems)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            problems.Add(path, "must not be blank (omit it instead)");
        }
    }

    private static void CheckNotBefore(NodaTime.LocalDate? value, NodaTime.LocalDate? earliest, string path, string what, ProblemSink problems)
    {
        if (value is { } v && earliest is { } e && v < e)
        {
            problems.Add(path, $"{v:uuuu-MM-dd} is before {what} {e:uuuu-MM-dd}");
        }
    }
}
