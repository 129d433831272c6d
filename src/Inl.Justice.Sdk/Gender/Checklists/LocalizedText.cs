using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Inl.Justice.Common;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// A text in several languages, keyed by BCP-47-like language tags (<c>en</c>, <c>es</c>, <c>es-CO</c>), that always has
/// its template's default language. <see cref="Resolve"/> falls back from the exact tag to its primary subtag and then to
/// the default language, so a missing translation never leaves a blank.
/// </summary>
/// <remarks>Tags are compared case-insensitively (<c>es-co</c> finds <c>es-CO</c>). Immutable and thread-safe.</remarks>
public sealed partial class LocalizedText : IEquatable<LocalizedText>
{
    private readonly ImmutableSortedDictionary<string, string> texts;

    /// <summary>Creates a text.</summary>
    /// <param name="defaultLanguage">The language every text must have, e.g. <c>en</c>.</param>
    /// <param name="texts">The text in each language.</param>
    /// <exception cref="ArgumentException">A tag is not a language tag, a text is blank, or the default language is missing.</exception>
    public LocalizedText(string defaultLanguage, IEnumerable<KeyValuePair<string, string>> texts)
    {
        Preconditions.CheckArgument(IsLanguageTag(defaultLanguage), nameof(defaultLanguage), $"'{defaultLanguage}' is not a language tag such as 'en' or 'es-CO'");
        Preconditions.CheckNotNull(texts, nameof(texts));
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, text) in texts)
        {
            Preconditions.CheckArgument(IsLanguageTag(language), nameof(texts), $"'{language}' is not a language tag such as 'en' or 'es-CO'");
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(text), nameof(texts), $"The '{language}' text is blank");
            Preconditions.CheckArgument(!builder.ContainsKey(language), nameof(texts), $"Language '{language}' is given twice");
            builder.Add(language, text);
        }
        Preconditions.CheckArgument(builder.ContainsKey(defaultLanguage), nameof(texts), $"The default language '{defaultLanguage}' is missing");
        DefaultLanguage = defaultLanguage;
        this.texts = builder.ToImmutable();
    }

    /// <summary>Creates a text in one language only.</summary>
    /// <exception cref="ArgumentException">The tag is not a language tag or the text is blank.</exception>
    public static LocalizedText Of(string language, string text) => new(language, [new KeyValuePair<string, string>(language, text)]);

    /// <summary>Gets the default language, which this text always has.</summary>
    public string DefaultLanguage { get; }

    /// <summary>Gets the text in the default language.</summary>
    public string Default => texts[DefaultLanguage];

    /// <summary>Gets the languages this text is written in (ordinal, case-insensitive order).</summary>
    public IEnumerable<string> Languages => texts.Keys;

    /// <summary>Gets the texts by language tag.</summary>
    public ImmutableSortedDictionary<string, string> Texts => texts;

    /// <summary>Whether the text is written in exactly <paramref name="language"/> (no fallback).</summary>
    public bool Has(string language) => texts.ContainsKey(Preconditions.CheckNotNull(language, nameof(language)));

    /// <summary>
    /// The text in <paramref name="language"/>: the exact tag, else its primary subtag (<c>es-CO</c> → <c>es</c>), else the
    /// default language. A <see langword="null"/> language gives the default.
    /// </summary>
    public string Resolve(string? language)
    {
        if (language is null)
        {
            return Default;
        }
        if (texts.TryGetValue(language, out var exact))
        {
            return exact;
        }
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && texts.TryGetValue(language[..dash], out var primary))
        {
            return primary;
        }
        return Default;
    }

    /// <summary>Whether <paramref name="tag"/> has the form <c>[a-z]{2,3}(-[A-Za-z0-9]+)*</c> (a BCP-47-like language tag).</summary>
    public static bool IsLanguageTag(string? tag) => tag is not null && LanguageTag().IsMatch(tag);

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    /// <summary>Value equality: same default language and the same texts.</summary>
    public bool Equals(LocalizedText? other) =>
        other is not null && string.Equals(DefaultLanguage, other.DefaultLanguage, StringComparison.OrdinalIgnoreCase)
        && texts.Count == other.texts.Count && texts.All(kv => other.texts.TryGetValue(kv.Key, out var t) && t == kv.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(DefaultLanguage), Default);

    /// <summary>Returns the text in the default language.</summary>
    public override string ToString() => Default;
}
