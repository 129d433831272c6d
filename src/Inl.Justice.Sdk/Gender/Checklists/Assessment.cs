using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// One institution's answers to a checklist template, pinned to <c>templateId@version</c>:
/// <c>{"template":"id@1.0.0","id","institution","respondent","date","language","responses":[{"item","answer","evidence","references"}]}</c>.
/// Loading checks the document itself; <see cref="ChecklistTemplate.Validate"/> checks the answers against the template.
/// </summary>
public sealed record Assessment
{
    /// <summary>Creates an assessment.</summary>
    /// <exception cref="ArgumentException">The template id is not a pack id, the id is blank, or the language is not a language tag.</exception>
    public Assessment(string templateId, PackVersion templateVersion, string id, LocalDate date, string language, ImmutableArray<ChecklistResponse> responses)
    {
        Preconditions.CheckArgument(RulePackHeaderJson.IsPackId(templateId), nameof(templateId), $"'{templateId}' is not a pack id");
        Preconditions.CheckArgument(LocalizedText.IsLanguageTag(language), nameof(language), $"'{language}' is not a language tag such as 'en' or 'es-CO'");
        Preconditions.CheckArgument(!responses.IsDefault, nameof(responses), "Responses must not be default");
        TemplateId = templateId;
        TemplateVersion = templateVersion;
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Date = date;
        Language = language;
        Responses = responses;
    }

    /// <summary>Gets the id of the template answered.</summary>
    public string TemplateId { get; init; }

    /// <summary>Gets the version of the template answered.</summary>
    public PackVersion TemplateVersion { get; init; }

    /// <summary>Gets <c>templateId@version</c>.</summary>
    public string TemplateKey => TemplateId + "@" + TemplateVersion;

    /// <summary>Whether the assessment is pinned to exactly the template version <paramref name="header"/> describes.</summary>
    internal bool Answers(RulePackHeader header) => TemplateId == header.Id && TemplateVersion == header.Version;

    /// <summary>Gets the assessment id, e.g. <c>KE-LANGATA-2026-03</c>.</summary>
    public string Id { get; init; }

    /// <summary>Gets the institution assessed, or <see langword="null"/>.</summary>
    public string? Institution { get; init; }

    /// <summary>Gets who answered (a role rather than a name), or <see langword="null"/>.</summary>
    public string? Respondent { get; init; }

    /// <summary>Gets the date of the assessment.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets the language the answers and evidence are written in.</summary>
    public string Language { get; init; }

    /// <summary>Gets the responses, in document order.</summary>
    public ImmutableArray<ChecklistResponse> Responses { get; init; }

    /// <summary>The first response to <paramref name="item"/>, or <see langword="null"/>.</summary>
    public ChecklistResponse? ResponseTo(string item) => Responses.FirstOrDefault(r => string.Equals(r.Item, item, StringComparison.Ordinal));

    /// <summary>Value equality, including the responses in order.</summary>
    public bool Equals(Assessment? other) =>
        other is not null && TemplateId == other.TemplateId && TemplateVersion == other.TemplateVersion && Id == other.Id
        && Institution == other.Institution && Respondent == other.Respondent && Date == other.Date && Language == other.Language
        && Responses.SequenceEqual(other.Responses);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TemplateId, TemplateVersion, Id, Date);

    /// <summary>Gets the JSON Schema of assessment documents (published as <c>docs/schemas/checklist-assessment.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        ChecklistJsonContext.Default.AssessmentJson,
        "https://inl-justice-sdk/schemas/checklist-assessment.schema.json",
        "Inl.Justice.Sdk checklist assessment",
        "One institution's answers to a checklist template pinned to templateId@version, with evidence and references.");

    /// <summary>Reads an assessment document, reporting every problem with its JSON path (and line, for syntax errors).</summary>
    public static Validated<Assessment> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null)
    {
        var problems = new ProblemSink(source);
        var json = JsonDocumentReader.Read(utf8Json, ChecklistJsonContext.Default.AssessmentJson, problems);
        if (json is null)
        {
            return Validated<Assessment>.Failure(problems.ToImmutable());
        }
        var (templateId, version) = ParseKey(json.Template, "$.template", problems);
        if (string.IsNullOrWhiteSpace(json.Id))
        {
            problems.Add("$.id", "an assessment id is required");
        }
        if (!LocalizedText.IsLanguageTag(json.Language))
        {
            problems.Add("$.language", $"'{json.Language}' is not a language tag such as 'en' or 'es-CO'");
        }
        var responses = ImmutableArray.CreateBuilder<ChecklistResponse>(json.Responses.Length);
        for (var i = 0; i < json.Responses.Length; i++)
        {
            var r = json.Responses[i];
            var path = JsonShape.Index("$.responses", i);
            var before = problems.Count;
            if (string.IsNullOrWhiteSpace(r.Item))
            {
                problems.Add(path + ".item", "an item id is required");
            }
            if (string.IsNullOrWhiteSpace(r.Answer))
            {
                problems.Add(path + ".answer", "an answer is required");
            }
            for (var j = 0; j < (r.References?.Length ?? 0); j++)
            {
                if (string.IsNullOrWhiteSpace(r.References![j]))
                {
                    problems.Add(JsonShape.Index(path + ".references", j), "a reference must not be blank");
                }
            }
            if (problems.Count == before)
            {
                responses.Add(new ChecklistResponse(r.Item, r.Answer, r.Evidence, DtoArrays.OrEmpty(r.References)));
            }
        }
        return problems.HasProblems || templateId is null
            ? Validated<Assessment>.Failure(problems.ToImmutable())
            : Validated<Assessment>.Success(new Assessment(templateId, version, json.Id, json.Date, json.Language, responses.ToImmutable())
            {
                Institution = json.Institution,
                Respondent = json.Respondent,
            });
    }

    /// <summary>Reads an assessment document from a file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Validated<Assessment> TryLoadFile(string path) => TryLoad(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Writes the assessment as UTF-8 JSON in the form <see cref="TryLoad"/> reads.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        new AssessmentJson(TemplateKey, Id, Date, Language,
            [.. Responses.Select(r => new ResponseJson(r.Item, r.Answer, r.Evidence, r.References.IsDefaultOrEmpty ? null : [.. r.References]))],
            Institution, Respondent),
        ChecklistJsonContext.Default.AssessmentJson);

    /// <summary>Splits <c>id@version</c>; reports a problem at <paramref name="path"/> when it is not one.</summary>
    internal static (string? Id, PackVersion Version) ParseKey(string key, string path, ProblemSink problems)
    {
        var at = key.LastIndexOf('@');
        if (at <= 0 || !RulePackHeaderJson.IsPackId(key[..at]) || !PackVersion.TryParse(key[(at + 1)..], out var version))
        {
            problems.Add(path, $"'{key}' is not a pinned template 'id@version' such as 'un-bangkok-rules-checklist@1.0.0'");
            return (null, default);
        }
        return (key[..at], version);
    }
}
