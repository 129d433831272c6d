using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using Inl.Justice.Common;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.RulePacks;

/// <summary>
/// An immutable set of rule packs, selected by id and date: <c>Get&lt;ClassificationInstrument&gt;("us-bop-ps5100.08", on)</c>
/// returns the highest version in force on that date. Packs are compiled on first use and cached; the catalogue is
/// thread-safe. <see cref="Default"/> holds the packs embedded in this library; <see cref="With(ReadOnlyMemory{byte}, string?)"/>
/// adds a jurisdiction's own.
/// </summary>
public sealed class RulePackCatalog
{
    private const string ResourcePrefix = "Inl.Justice.Packs.";
    private static readonly Lazy<RulePackCatalog> DefaultCatalog = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<Entry> entries;

    /// <summary>Entries by id, highest version first, so that a look-up neither allocates nor sorts.</summary>
    private readonly FrozenDictionary<string, Entry[]> byId;

    private RulePackCatalog(ImmutableArray<Entry> entries)
    {
        this.entries = entries;
        byId = entries.GroupBy(e => e.Header.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Header.Version).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Gets an empty catalogue.</summary>
    public static RulePackCatalog Empty { get; } = new([]);

    /// <summary>Gets the catalogue of the packs embedded in this library.</summary>
    public static RulePackCatalog Default => DefaultCatalog.Value;

    /// <summary>Gets the headers of all packs, ordered by id then version.</summary>
    public ImmutableArray<RulePackHeader> Packs => [.. entries.Select(e => e.Header).OrderBy(h => h.Id, StringComparer.Ordinal).ThenBy(h => h.Version)];

    /// <summary>Returns a catalogue with one more pack. Only the header is checked here; the body is compiled on first use.</summary>
    /// <param name="utf8Json">The pack as UTF-8 JSON.</param>
    /// <param name="source">A label for problems, such as the file name.</param>
    /// <exception cref="RulePackException">The header has problems, or the catalogue already holds this id and version.</exception>
    public RulePackCatalog With(ReadOnlyMemory<byte> utf8Json, string? source = null)
    {
        var problems = new ProblemSink(source);
        var header = ReadHeader(utf8Json, problems);
        if (header is not null && entries.Any(e => e.Header.Id == header.Id && e.Header.Version == header.Version))
        {
            problems.Add("$.header.version", $"the catalogue already holds {header.Key}");
        }
        if (header is null || problems.HasProblems)
        {
            throw new RulePackException(problems.ToImmutable());
        }
        return new RulePackCatalog(entries.Add(new Entry(header, utf8Json.ToArray(), source)));
    }

    /// <summary>Returns a catalogue with one more pack read from a file.</summary>
    /// <exception cref="RulePackException">The file has problems.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public RulePackCatalog WithFile(string path) => With(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Gets the highest version of pack <paramref name="id"/> in force on <paramref name="on"/>, compiled.</summary>
    /// <exception cref="KeyNotFoundException">No pack of that id and kind is in force on that date.</exception>
    /// <exception cref="RulePackException">The pack does not compile; the problems are listed.</exception>
    public TPack Get<TPack>(string id, LocalDate on) where TPack : class, IRulePack<TPack>
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Entry? entry = null;
        if (byId.TryGetValue(id, out var versions))
        {
            foreach (var candidate in versions)
            {
                if (candidate.Header.Kind == TPack.PackKind && candidate.Header.IsInForceOn(on))
                {
                    entry = candidate;
                    break;
                }
            }
        }
        if (entry is null)
        {
            throw new KeyNotFoundException($"No {TPack.PackKind} pack '{id}' is in force on {on:uuuu-MM-dd}. {Describe(id)}");
        }
        return entry.Compile<TPack>();
    }

    /// <summary>Gets pack <paramref name="id"/> at exactly <paramref name="version"/>, compiled.</summary>
    /// <exception cref="KeyNotFoundException">No such pack.</exception>
    /// <exception cref="RulePackException">The pack does not compile.</exception>
    public TPack Get<TPack>(string id, PackVersion version) where TPack : class, IRulePack<TPack>
    {
        Preconditions.CheckNotNull(id, nameof(id));
        var entry = Select<TPack>(id, e => e.Header.Version == version)
            ?? throw new KeyNotFoundException($"No {TPack.PackKind} pack '{id}@{version}'. {Describe(id)}");
        return entry.Compile<TPack>();
    }

    /// <summary>Gets the highest version of pack <paramref name="id"/>, whatever its dates, compiled.</summary>
    /// <exception cref="KeyNotFoundException">No such pack.</exception>
    /// <exception cref="RulePackException">The pack does not compile.</exception>
    public TPack Latest<TPack>(string id) where TPack : class, IRulePack<TPack>
    {
        Preconditions.CheckNotNull(id, nameof(id));
        var entry = Select<TPack>(id, _ => true) ?? throw new KeyNotFoundException($"No {TPack.PackKind} pack '{id}'. {Describe(id)}");
        return entry.Compile<TPack>();
    }

    /// <summary>Whether the catalogue holds any version of pack <paramref name="id"/>.</summary>
    public bool Contains(string id) => entries.Any(e => e.Header.Id == id);

    private Entry? Select<TPack>(string id, Func<Entry, bool> filter) where TPack : class, IRulePack<TPack> =>
        byId.TryGetValue(id, out var versions) ? versions.FirstOrDefault(e => e.Header.Kind == TPack.PackKind && filter(e)) : null;

    private string Describe(string id)
    {
        var versions = entries.Where(e => e.Header.Id == id).Select(e =>
            $"{e.Header.Key} ({e.Header.Kind}, {e.Header.EffectiveFrom:uuuu-MM-dd}..{(e.Header.EffectiveTo is { } t ? t.ToString("uuuu-MM-dd", null) : "open")})").ToArray();
        return versions.Length == 0
            ? $"Known packs: {string.Join(", ", entries.Select(e => e.Header.Key).Order(StringComparer.Ordinal))}."
            : $"Versions: {string.Join(", ", versions)}.";
    }

    private static RulePackHeader? ReadHeader(ReadOnlyMemory<byte> utf8Json, ProblemSink problems)
    {
        utf8Json = JsonDocumentReader.SkipBom(utf8Json);
        if (!JsonDocumentReader.CheckUtf8(utf8Json.Span, problems))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(utf8Json, JsonDocumentReader.DocumentOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("header", out var element)
                || element.ValueKind != JsonValueKind.Object)
            {
                problems.Add("$", "a rule pack is an object with a 'header' object");
                return null;
            }
            var info = RulePacksJsonContext.Default.RulePackHeaderJson;
            JsonShape.Check(element, info, "$.header", problems);
            if (problems.HasProblems)
            {
                return null;
            }
            return element.Deserialize(info)!.Compile("$.header", expectedKind: null, problems);
        }
        catch (JsonException ex)
        {
            problems.Add(new Problem(problems.Source, "$", "not valid JSON: " + ex.Message, ex.LineNumber + 1, ex.BytePositionInLine + 1));
            return null;
        }
    }

    private static RulePackCatalog LoadEmbedded()
    {
        var assembly = typeof(RulePackCatalog).Assembly;
        var catalog = Empty;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            catalog = catalog.With(ReadResource(assembly, name), "embedded:" + name[ResourcePrefix.Length..]);
        }
        return catalog;
    }

    internal static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing embedded resource {name}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads the JSON text of an embedded pack by id (the highest version when several are embedded).</summary>
    /// <exception cref="KeyNotFoundException">No embedded pack has that id.</exception>
    public static ReadOnlyMemory<byte> EmbeddedJson(string id)
    {
        var entry = Default.entries.Where(e => e.Header.Id == id).OrderByDescending(e => e.Header.Version).FirstOrDefault()
            ?? throw new KeyNotFoundException($"No embedded pack '{id}'.");
        return entry.Json;
    }

    private sealed class Entry(RulePackHeader header, byte[] json, string? source)
    {
        private object? compiled;

        public RulePackHeader Header { get; } = header;

        public ReadOnlyMemory<byte> Json => json;

        public TPack Compile<TPack>() where TPack : class, IRulePack<TPack>
        {
            if (Volatile.Read(ref compiled) is TPack done)
            {
                return done;
            }
            var pack = TPack.TryLoad(json, source).Value;
            return Interlocked.CompareExchange(ref compiled, pack, null) as TPack ?? pack;
        }
    }
}
