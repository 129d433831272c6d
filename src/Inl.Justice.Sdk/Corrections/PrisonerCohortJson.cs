using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections;

// The JSON form of a cohort of prisoner profiles: {"assessedOn": "YYYY-MM-DD", "prisoners": [ ... ]}.

internal sealed record PrisonerCohortJson(
    LocalDate AssessedOn,
    PrisonerJson[] Prisoners,
    [property: JsonPropertyName("$schema")] string? Schema = null);

internal sealed record PrisonerJson(
    string Id,
    Sex Sex,
    LocalDate DateOfBirth,
    LegalStatus LegalStatus,
    OffenseSeverity OffenseSeverity,
    EducationLevel Education,
    int MonthsToRelease,
    OffenseSeverity? DetainerSeverity = null,
    int CriminalHistoryPoints = 0,
    IncidentJson[]? Violence = null,
    IncidentJson[]? Escapes = null,
    bool VoluntarySurrender = false,
    LocalDate? SubstanceAbuseLastDate = null,
    string[]? PublicSafetyFactors = null,
    Dictionary<string, int>? Facts = null,
    bool? CaretakingResponsibilities = null,
    bool? VictimisationHistory = null,
    bool? MentalHealthNeeds = null,
    bool? Pregnant = null,
    bool? Breastfeeding = null,
    bool? WithInfant = null);

internal sealed record IncidentJson(LocalDate Date, bool Serious);

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [
        typeof(LocalDateJsonConverter),
        typeof(StrictEnumConverter<Sex>),
        typeof(StrictEnumConverter<LegalStatus>),
        typeof(StrictEnumConverter<OffenseSeverity>),
        typeof(StrictEnumConverter<EducationLevel>)])]
[JsonSerializable(typeof(PrisonerCohortJson))]
internal sealed partial class CorrectionsJsonContext : JsonSerializerContext;
