using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections.Alternatives;

// The JSON form of an alternatives-screen pack and of a screening-cases document.

internal sealed record AlternativesPackJson(
    RulePackHeaderJson Header,
    FactJson[] Facts,
    MeasureJson[] Measures,
    ConsiderationJson[] Considerations,
    [property: JsonPropertyName("$schema")] string? Schema = null) : IPackDocument;

/// <summary>A yes/no fact that cases may record.</summary>
internal sealed record FactJson(string Id, string Title);

/// <summary>A non-custodial measure the jurisdiction makes available at some stages.</summary>
internal sealed record MeasureJson(string Id, string Title, ScreeningStage[] Stages, CitationJson Citation, ConditionJson? When = null);

/// <summary>A fact pattern that favours non-custodial measures: it applies when <c>when</c> holds and <c>unless</c> does not.</summary>
internal sealed record ConsiderationJson(
    string Id,
    string Title,
    ScreeningStage[] Stages,
    ConditionJson When,
    CitationJson Citation,
    ConditionJson? Unless = null,
    string[]? Favours = null);

/// <summary>All the parts given must hold: sex, an age range in completed years, and facts.</summary>
internal sealed record ConditionJson(
    Sex? Sex = null,
    int? AgeUnder = null,
    int? AgeAtLeast = null,
    string[]? AnyOf = null,
    string[]? AllOf = null,
    string[]? NoneOf = null);

internal sealed record ScreeningCasesJson(
    LocalDate ScreenedOn,
    ScreeningCaseJson[] Cases,
    [property: JsonPropertyName("$schema")] string? Schema = null);

internal sealed record ScreeningCaseJson(
    string Id,
    Sex Sex,
    LocalDate DateOfBirth,
    ScreeningStage Stage,
    Dictionary<string, bool>? Facts = null);

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
        typeof(StrictEnumConverter<Sex>),
        typeof(StrictEnumConverter<ScreeningStage>)])]
[JsonSerializable(typeof(AlternativesPackJson))]
[JsonSerializable(typeof(ScreeningCasesJson))]
internal sealed partial class AlternativesJsonContext : JsonSerializerContext;
