using System;

namespace Inl.Justice.Common;

/// <summary>An opaque identifier of a person (prisoner, defendant) within the caller's system. Never blank, at most 128 characters.</summary>
public readonly record struct PersonId : IComparable<PersonId>
{
    /// <summary>Maximum length of an identifier.</summary>
    public const int MaxLength = 128;

    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text; not blank, no leading or trailing white space, at most <see cref="MaxLength"/> characters.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank, padded or too long.</exception>
    public PersonId(string value)
    {
        var problem = Check(value);
        Preconditions.CheckArgument(problem is null, nameof(value), problem ?? string.Empty);
        this.value = value;
    }

    /// <summary>Gets the identifier text (empty for the default value).</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Why <paramref name="value"/> is not a valid identifier, or <see langword="null"/> when it is.</summary>
    public static string? Check(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "an id must not be blank"
        : value.Length > MaxLength ? $"an id must have at most {MaxLength} characters"
        : value.Trim().Length != value.Length ? "an id must not start or end with white space"
        : null;

    /// <inheritdoc/>
    public int CompareTo(PersonId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <summary>Ordinal comparison.</summary>
    public static bool operator <(PersonId left, PersonId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal comparison.</summary>
    public static bool operator >(PersonId left, PersonId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal comparison.</summary>
    public static bool operator <=(PersonId left, PersonId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal comparison.</summary>
    public static bool operator >=(PersonId left, PersonId right) => left.CompareTo(right) >= 0;
}
