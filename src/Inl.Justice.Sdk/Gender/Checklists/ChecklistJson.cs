using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Gender.Checklists;

// The JSON forms of a checklist-template pack, an assessment document, and the reports written from them.

internal sealed record ChecklistTemplatePackJson(
    RulePackHeaderJson Header,
    string DefaultLanguage,
    string[] Languages,
    Dictionary<string, string> Name,
    ScoreScaleJson ScoreScale,
    AnswerScaleJson[] AnswerScales,
    string DefaultScale,
    SectionJson[] Sections,
    decimal? DefaultTarget = null,
    MigrationJson[]? Migrations = null,
    [property: JsonPropertyName("$schema")] string? Schema = null) : IPackDocument;

internal sealed record ScoreScaleJson(decimal Min, decimal Max);

internal sealed record AnswerScaleJson(string Id, AnswerOptionJson[] Options, NotApplicableJson? NotApplicable = null);

internal sealed record AnswerOptionJson(string Value, decimal Fraction, Dictionary<string, string>? Label = null);

internal sealed record NotApplicableJson(string Value, Dictionary<string, string>? Label = null);

internal sealed record SectionJson(
    string Id,
    Pillar Pillar,
    Dictionary<string, string> Title,
    ItemJson[] Items,
    Dictionary<string, string>? Theme = null);

internal sealed record ItemJson(
    string Id,
    CitationJson Citation,
    Dictionary<string, string> Text,
    Importance Importance,
    string? Supplements = null,
    Dictionary<string, string>? Guidance = null,
    decimal? Weight = null,
    string? Scale = null,
    bool Required = true,
    decimal? Target = null,
    DependencyJson? AppliesWhen = null,
    MarkerRole? Marker = null,
    bool Scored = true);

internal sealed record DependencyJson(string Item, string[] AnswerIn);

internal sealed record MigrationJson(string From, ChangeJson[] Changes);

internal sealed record ChangeJson(ItemChangeKind Kind, string[] From, string[]? To = null, string? Reason = null);

internal sealed record AssessmentJson(
    string Template,
    string Id,
    LocalDate Date,
    string Language,
    ResponseJson[] Responses,
    string? Institution = null,
    string? Respondent = null,
    [property: JsonPropertyName("$schema")] string? Schema = null);

internal sealed record ResponseJson(string Item, string Answer, string? Evidence = null, string[]? References = null);

internal sealed record GapReportJson(
    string Template,
    string Assessment,
    string Language,
    GapJson[] Gaps,
    string? Institution = null,
    LocalDate? Date = null);

internal sealed record GapJson(
    string Item,
    string Section,
    CitationJson Provision,
    string Text,
    Importance Importance,
    decimal Weight,
    decimal Target,
    bool Unanswered,
    string? Answer = null,
    string? AnswerLabel = null,
    decimal? Fraction = null,
    string? Evidence = null,
    string? Action = null,
    string? Owner = null,
    LocalDate? Due = null);

internal sealed record ScoreCardJson(
    string Model,
    string Template,
    string Assessment,
    decimal Min,
    decimal Max,
    bool Ordinal,
    decimal? Overall,
    int Answered,
    int NotApplicable,
    int Missing,
    SectionScoreJson[] Sections,
    string[]? Reasons = null);

internal sealed record SectionScoreJson(string Id, string Title, Pillar Pillar, decimal? Score, int Answered, int NotApplicable, int Missing);

internal sealed record ComparisonJson(
    string Template,
    string Before,
    string After,
    string Model,
    ScoreDeltaJson Overall,
    ScoreDeltaJson[] Sections,
    ItemComparisonJson[] Items,
    MigrationNoteJson[] Migration);

internal sealed record ScoreDeltaJson(string? Section, decimal? Before, decimal? After, decimal? Delta);

internal sealed record ItemComparisonJson(string Item, string Section, ComparisonOutcome Outcome, string? Before = null, string? After = null, decimal? BeforeFraction = null, decimal? AfterFraction = null);

internal sealed record MigrationNoteJson(MigrationNoteKind Kind, string FromVersion, string ToVersion, string[] From, string[] To, string Message);

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
        typeof(StrictEnumConverter<Verification>),
        typeof(StrictEnumConverter<Pillar>),
        typeof(StrictEnumConverter<Importance>),
        typeof(StrictEnumConverter<MarkerRole>),
        typeof(StrictEnumConverter<ItemChangeKind>),
        typeof(StrictEnumConverter<MigrationNoteKind>),
        typeof(StrictEnumConverter<ComparisonOutcome>)])]
[JsonSerializable(typeof(ChecklistTemplatePackJson))]
[JsonSerializable(typeof(AssessmentJson))]
[JsonSerializable(typeof(GapReportJson))]
[JsonSerializable(typeof(ScoreCardJson))]
[JsonSerializable(typeof(ComparisonJson))]
internal sealed partial class ChecklistJsonContext : JsonSerializerContext;
