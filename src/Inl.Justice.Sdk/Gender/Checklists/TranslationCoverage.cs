using System.Collections.Immutable;

namespace Inl.Justice.Gender.Checklists;

/// <summary>How much of a template is translated into one of its declared languages.</summary>
/// <param name="Language">The language tag.</param>
/// <param name="Translated">How many texts have this language.</param>
/// <param name="Total">How many texts the template has.</param>
/// <param name="Missing">The JSON paths of the texts without this language (they fall back to the default language).</param>
public sealed record LanguageCoverage(string Language, int Translated, int Total, ImmutableArray<string> Missing)
{
    /// <summary>Gets the translated share in [0, 1] (1 for a template without texts).</summary>
    public decimal Share => Total == 0 ? 1m : (decimal)Translated / Total;

    /// <summary>Gets a value indicating whether every text has this language.</summary>
    public bool IsComplete => Translated == Total;

    /// <summary>Value equality, including the contents of the arrays.</summary>
    public bool Equals(LanguageCoverage? other) => other is not null && Language == other.Language && Translated == other.Translated && Total == other.Total && System.Linq.Enumerable.SequenceEqual(Missing, other.Missing);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Language, Translated, Total);
}
