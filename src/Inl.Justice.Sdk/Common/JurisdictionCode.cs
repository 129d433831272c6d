using System;
using System.Collections.Frozen;

namespace Inl.Justice.Common;

/// <summary>
/// A jurisdiction: an ISO 3166-1 alpha-2 country code (<c>KE</c>), optionally with an ISO 3166-2 subdivision
/// (<c>US-CA</c>), or an international body whose instruments a pack encodes (<c>UN</c>, <c>EU</c>, <c>COE</c>, <c>OAS</c>,
/// <c>AU</c>), or <c>XX</c> for an example that belongs to no jurisdiction.
/// </summary>
public readonly record struct JurisdictionCode
{
    private static readonly FrozenSet<string> Bodies = FrozenSet.Create(StringComparer.Ordinal, "UN", "EU", "COE", "OAS", "AU", "XX");

    private readonly string? code;

    /// <summary>Creates a jurisdiction code.</summary>
    /// <exception cref="ArgumentException">The code is not of one of the documented forms.</exception>
    public JurisdictionCode(string code)
    {
        var problem = Check(code);
        Preconditions.CheckArgument(problem is null, nameof(code), problem ?? string.Empty);
        this.code = code;
    }

    /// <summary>Gets the code text.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>Why <paramref name="code"/> is not a jurisdiction code, or <see langword="null"/> when it is.</summary>
    public static string? Check(string? code)
    {
        if (code is null)
        {
            return "a jurisdiction code is required";
        }
        if (Bodies.Contains(code))
        {
            return null;
        }
        var country = code.Length >= 2 && IsUpper(code[0]) && IsUpper(code[1]);
        var ok = country && (code.Length == 2 || (code.Length is >= 4 and <= 6 && code[2] == '-' && AllUpperOrDigit(code.AsSpan(3))));
        return ok ? null : $"'{code}' is not an ISO 3166 code (e.g. 'KE', 'US-CA') nor one of UN, EU, COE, OAS, AU, XX";
    }

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool AllUpperOrDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!IsUpper(c) && c is not (>= '0' and <= '9'))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Code;
}
