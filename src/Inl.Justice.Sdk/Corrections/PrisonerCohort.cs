using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections;

/// <summary>
/// Prisoner profiles assessed on one date, as read from or written to JSON:
/// <c>{"assessedOn":"YYYY-MM-DD","prisoners":[{"id":…,"sex":"Male",…}]}</c> (camelCase names, enums as PascalCase strings).
/// </summary>
public sealed class PrisonerCohort
{
    /// <summary>Creates a cohort.</summary>
    /// <exception cref="ArgumentException">Two profiles share an id.</exception>
    public PrisonerCohort(LocalDate assessedOn, ImmutableArray<PrisonerProfile> prisoners)
    {
        Preconditions.CheckArgument(!prisoners.IsDefault, nameof(prisoners), "Prisoners must not be default");
        var duplicate = prisoners.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, nameof(prisoners), $"Duplicate prisoner id '{duplicate?.Key}'");
        AssessedOn = assessedOn;
        Prisoners = prisoners;
    }

    /// <summary>Gets the assessment date.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>Gets the profiles, in document order.</summary>
    public ImmutableArray<PrisonerProfile> Prisoners { get; }

    /// <summary>Reads a cohort, reporting every problem with its JSON path (shape, values, duplicate ids).</summary>
    /// <param name="utf8Json">The document as UTF-8 JSON.</param>
    /// <param name="source">A label for problems, such as the file name.</param>
    public static Validated<PrisonerCohort> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null)
    {
        var problems = new ProblemSink(source);
        var json = JsonDocumentReader.Read(utf8Json, CorrectionsJsonContext.Default.PrisonerCohortJson, problems);
        if (json is null)
        {
            return Validated<PrisonerCohort>.Failure(problems.ToImmutable());
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var profiles = ImmutableArray.CreateBuilder<PrisonerProfile>(json.Prisoners.Length);
        for (var i = 0; i < json.Prisoners.Length; i++)
        {
            var profile = ToProfile(json.Prisoners[i], JsonShape.Index("$.prisoners", i), ids, problems);
            if (profile is not null)
            {
                profiles.Add(profile);
            }
        }
        return problems.HasProblems
            ? Validated<PrisonerCohort>.Failure(problems.ToImmutable())
            : Validated<PrisonerCohort>.Success(new PrisonerCohort(json.AssessedOn, profiles.ToImmutable()));
    }

    /// <summary>Reads a cohort from a file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Validated<PrisonerCohort> TryLoadFile(string path) =>
        TryLoad(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Gets the JSON Schema of cohort documents (published as <c>docs/schemas/prisoner-cohort.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        CorrectionsJsonContext.Default.PrisonerCohortJson,
        "https://inl-justice-sdk/schemas/prisoner-cohort.schema.json",
        "Inl.Justice.Sdk prisoner cohort",
        "Prisoner profiles assessed on one date, the input of 'inl-justice classify'.");

    /// <summary>Writes the cohort as UTF-8 JSON in the form <see cref="TryLoad"/> reads.</summary>
    public byte[] ToJson()
    {
        var json = new PrisonerCohortJson(AssessedOn, [.. Prisoners.Select(ToJson)]);
        return JsonSerializer.SerializeToUtf8Bytes(json, CorrectionsJsonContext.Default.PrisonerCohortJson);
    }

    private static PrisonerJson ToJson(PrisonerProfile p) => new(
        p.Id.Value, p.Sex, p.DateOfBirth, p.LegalStatus, p.OffenseSeverity, p.Education, p.MonthsToRelease,
        p.DetainerSeverity, p.CriminalHistoryPoints,
        p.Violence.IsEmpty ? null : [.. p.Violence.Select(v => new IncidentJson(v.Date, v.Serious))],
        p.Escapes.IsEmpty ? null : [.. p.Escapes.Select(v => new IncidentJson(v.Date, v.Serious))],
        p.VoluntarySurrender, p.SubstanceAbuseLastDate,
        p.PublicSafetyFactors.IsEmpty ? null : [.. p.PublicSafetyFactors],
        p.Facts.IsEmpty ? null : p.Facts.ToDictionary(StringComparer.Ordinal),
        p.CaretakingResponsibilities, p.VictimisationHistory, p.MentalHealthNeeds, p.Pregnant, p.Breastfeeding, p.WithInfant);

    private static PrisonerProfile? ToProfile(PrisonerJson p, string path, HashSet<string> ids, ProblemSink problems)
    {
        var before = problems.Count;
        problems.CheckPersonId(p.Id, path + ".id", ids, "prisoner");
        if (p.CriminalHistoryPoints < 0)
        {
            problems.Add(path + ".criminalHistoryPoints", "must not be negative");
        }
        if (p.MonthsToRelease < 0)
        {
            problems.Add(path + ".monthsToRelease", "must not be negative");
        }
        var flags = p.PublicSafetyFactors ?? [];
        for (var i = 0; i < flags.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(flags[i]))
            {
                problems.Add(JsonShape.Index(path + ".publicSafetyFactors", i), "a public safety factor name must not be blank");
            }
            else if (Array.IndexOf(flags, flags[i]) != i)
            {
                problems.Add(JsonShape.Index(path + ".publicSafetyFactors", i), $"duplicate public safety factor '{flags[i]}'");
            }
        }
        if (problems.Count > before)
        {
            return null;
        }
        return new PrisonerProfile
        {
            Id = new PersonId(p.Id),
            Sex = p.Sex,
            DateOfBirth = p.DateOfBirth,
            LegalStatus = p.LegalStatus,
            OffenseSeverity = p.OffenseSeverity,
            DetainerSeverity = p.DetainerSeverity,
            CriminalHistoryPoints = p.CriminalHistoryPoints,
            Violence = [.. (p.Violence ?? []).Select(v => new Incident(v.Date, v.Serious))],
            Escapes = [.. (p.Escapes ?? []).Select(v => new Incident(v.Date, v.Serious))],
            VoluntarySurrender = p.VoluntarySurrender,
            Education = p.Education,
            SubstanceAbuseLastDate = p.SubstanceAbuseLastDate,
            MonthsToRelease = p.MonthsToRelease,
            PublicSafetyFactors = [.. flags],
            Facts = (p.Facts ?? []).ToImmutableDictionary(StringComparer.Ordinal),
            CaretakingResponsibilities = p.CaretakingResponsibilities,
            VictimisationHistory = p.VictimisationHistory,
            MentalHealthNeeds = p.MentalHealthNeeds,
            Pregnant = p.Pregnant,
            Breastfeeding = p.Breastfeeding,
            WithInfant = p.WithInfant,
        };
    }
}
