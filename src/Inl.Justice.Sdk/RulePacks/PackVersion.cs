using System;
using System.Buffers;
using System.Globalization;
using Inl.Justice.Common;

namespace Inl.Justice.RulePacks;

/// <summary>
/// A pack version in Semantic Versioning 2.0 form <c>MAJOR.MINOR.PATCH[-PRERELEASE]</c> (build metadata is not allowed).
/// A major version changes when results may change for the same input; packs pin <c>id@version</c> in results.
/// </summary>
public readonly record struct PackVersion : IComparable<PackVersion>
{
    private PackVersion(int major, int minor, int patch, string? prerelease)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        Prerelease = prerelease;
    }

    /// <summary>Gets the major version.</summary>
    public int Major { get; }

    /// <summary>Gets the minor version.</summary>
    public int Minor { get; }

    /// <summary>Gets the patch version.</summary>
    public int Patch { get; }

    /// <summary>Gets the pre-release label, or <see langword="null"/>.</summary>
    public string? Prerelease { get; }

    /// <summary>Parses a version.</summary>
    /// <exception cref="ArgumentException">The text is not a valid version.</exception>
    public static PackVersion Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckArgument(TryParse(text, out var v), nameof(text), $"'{text}' is not a semantic version such as 1.0.0");
        return v;
    }

    /// <summary>Tries to parse a version.</summary>
    public static bool TryParse(string? text, out PackVersion version)
    {
        version = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var core = dash < 0 ? text : text[..dash];
        string? pre = dash < 0 ? null : text[(dash + 1)..];
        var parts = core.Split('.');
        if (parts.Length != 3 || !Number(parts[0], out var major) || !Number(parts[1], out var minor) || !Number(parts[2], out var patch))
        {
            return false;
        }
        if (pre is not null && (pre.Length == 0 || !Array.TrueForAll(pre.Split('.'), IsIdentifier)))
        {
            return false;
        }
        version = new PackVersion(major, minor, patch, pre);
        return true;
    }

    private static readonly SearchValues<char> IdentifierChars = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    private static bool IsIdentifier(string s) => s.Length > 0 && s.AsSpan().IndexOfAnyExcept(IdentifierChars) < 0;

    private static bool Number(string s, out int value)
    {
        value = 0;
        return s.Length > 0 && (s.Length == 1 || s[0] != '0') && s.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Compares by precedence as SemVer 2.0 defines it (pre-release below release).</summary>
    public int CompareTo(PackVersion other)
    {
        var c = Major.CompareTo(other.Major);
        if (c == 0) c = Minor.CompareTo(other.Minor);
        if (c == 0) c = Patch.CompareTo(other.Patch);
        if (c != 0) return c;
        if (Prerelease is null) return other.Prerelease is null ? 0 : 1;
        if (other.Prerelease is null) return -1;
        var a = Prerelease.Split('.');
        var b = other.Prerelease.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var an = int.TryParse(a[i], NumberStyles.None, CultureInfo.InvariantCulture, out var ai);
            var bn = int.TryParse(b[i], NumberStyles.None, CultureInfo.InvariantCulture, out var bi);
            c = an && bn ? ai.CompareTo(bi) : an ? -1 : bn ? 1 : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Whether <paramref name="left"/> has lower precedence than <paramref name="right"/>.</summary>
    public static bool operator <(PackVersion left, PackVersion right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> has higher precedence than <paramref name="right"/>.</summary>
    public static bool operator >(PackVersion left, PackVersion right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> has lower or equal precedence.</summary>
    public static bool operator <=(PackVersion left, PackVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> has higher or equal precedence.</summary>
    public static bool operator >=(PackVersion left, PackVersion right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}") + (Prerelease is null ? string.Empty : "-" + Prerelease);
}
