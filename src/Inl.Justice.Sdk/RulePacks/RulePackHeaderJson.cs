using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.RulePacks;

/// <summary>The JSON form of <see cref="RulePackHeader"/>.</summary>
internal sealed record RulePackHeaderJson(
    string Id,
    string Kind,
    string Version,
    string Jurisdiction,
    string Title,
    LocalDate EffectiveFrom,
    LocalDate? EffectiveTo = null,
    bool Example = false,
    PackSourceJson[]? Sources = null,
    string[]? Notes = null)
{
    public static RulePackHeaderJson From(RulePackHeader h) => new(
        h.Id, h.Kind, h.Version.ToString(), h.Jurisdiction.Code, h.Title, h.EffectiveFrom, h.EffectiveTo, h.IsExample,
        h.Sources.IsDefaultOrEmpty ? null : h.Sources.Select(s => new PackSourceJson(s.Id, s.Title, s.Url, s.Note)).ToArray(),
        h.Notes.IsDefaultOrEmpty ? null : h.Notes.ToArray());

    /// <summary>Validates the header; reports problems under <paramref name="path"/> and returns the header when there were none.</summary>
    public RulePackHeader? Compile(string path, string? expectedKind, ProblemSink problems)
    {
        var before = problems.Count;
        if (!IsPackId(Id))
        {
            problems.Add(path + ".id", $"'{Id}' is not a pack id (lower-case letters, digits, '.', '-', '_'; 3 to 80 characters, starting with a letter)");
        }
        if (expectedKind is not null && !string.Equals(Kind, expectedKind, StringComparison.Ordinal))
        {
            problems.Add(path + ".kind", $"this loader reads '{expectedKind}' packs, not '{Kind}'");
        }
        if (!PackVersion.TryParse(Version, out var version))
        {
            problems.Add(path + ".version", $"'{Version}' is not a semantic version such as 1.0.0");
        }
        if (JurisdictionCode.Check(Jurisdiction) is { } jurisdictionProblem)
        {
            problems.Add(path + ".jurisdiction", jurisdictionProblem);
        }
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add(path + ".title", "a title is required");
        }
        if (EffectiveTo is { } to && to < EffectiveFrom)
        {
            problems.Add(path + ".effectiveTo", $"{to:uuuu-MM-dd} is before effectiveFrom {EffectiveFrom:uuuu-MM-dd}");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (Sources?.Length ?? 0); i++)
        {
            var s = Sources![i];
            var p = JsonShape.Index(path + ".sources", i);
            if (string.IsNullOrWhiteSpace(s.Id))
            {
                problems.Add(p + ".id", "a source id is required");
            }
            else if (!ids.Add(s.Id))
            {
                problems.Add(p + ".id", $"duplicate source id '{s.Id}'");
            }
            if (string.IsNullOrWhiteSpace(s.Title))
            {
                problems.Add(p + ".title", "a source title is required");
            }
            if (s.Url is not null && !(Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                problems.Add(p + ".url", $"'{s.Url}' is not an absolute http(s) URL");
            }
        }
        if (problems.Count > before)
        {
            return null;
        }
        return new RulePackHeader
        {
            Id = Id,
            Kind = Kind,
            Version = version,
            Jurisdiction = new JurisdictionCode(Jurisdiction),
            Title = Title,
            EffectiveFrom = EffectiveFrom,
            EffectiveTo = EffectiveTo,
            IsExample = Example,
            Sources = Sources is null ? [] : [.. Sources.Select(s => new PackSource(s.Id, s.Title, s.Url, s.Note))],
            Notes = Notes is null ? [] : [.. Notes],
        };
    }

    private static readonly SearchValues<char> PackIdChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-_");

    internal static bool IsPackId(string? id) =>
        id is { Length: >= 3 and <= 80 } && char.IsAsciiLetterLower(id[0]) && id.AsSpan().IndexOfAnyExcept(PackIdChars) < 0;
}

/// <summary>The JSON form of <see cref="PackSource"/>.</summary>
internal sealed record PackSourceJson(string Id, string Title, string? Url = null, string? Note = null);

/// <summary>The JSON form of <see cref="Citation"/>.</summary>
internal sealed record CitationJson(string Provision, Verification Verification, string? Source = null, string? Note = null)
{
    public static CitationJson From(Citation c) => new(c.Provision, c.Verification, c.Source, c.Note);

    /// <summary>The citation as written, without the checks of <see cref="Compile"/> (for documents the SDK wrote itself).</summary>
    public Citation ToCitation() => new(Provision, Source, Verification, Note);

    /// <summary>Checks the citation, reporting under <paramref name="path"/>; returns it, or <see langword="null"/> on problems.</summary>
    public static Citation? Compile(CitationJson? json, string path, RulePackHeaderJson header, ProblemSink problems)
    {
        if (json is null)
        {
            problems.Add(path, "a citation of the provision this rule encodes is required");
            return null;
        }
        var ok = true;
        if (string.IsNullOrWhiteSpace(json.Provision))
        {
            problems.Add(path + ".provision", "the provision is required (e.g. 'Nelson Mandela Rules, rule 11(a)')");
            ok = false;
        }
        if (json.Source is not null && !(header.Sources ?? []).Any(s => string.Equals(s.Id, json.Source, StringComparison.Ordinal)))
        {
            problems.Add(path + ".source", $"unknown source '{json.Source}' (not in $.header.sources)");
            ok = false;
        }
        return ok ? new Citation(json.Provision, json.Source, json.Verification, json.Note) : null;
    }
}

/// <summary>Implemented by every pack document DTO: gives the infrastructure its header.</summary>
internal interface IPackDocument
{
    RulePackHeaderJson Header { get; }
}

/// <summary>Helpers to build immutable arrays from nullable DTO arrays.</summary>
internal static class DtoArrays
{
    public static ImmutableArray<T> OrEmpty<T>(T[]? array) => array is null ? [] : [.. array];
}
