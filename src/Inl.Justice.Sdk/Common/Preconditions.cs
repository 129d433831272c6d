using System;
using System.Diagnostics.CodeAnalysis;

namespace Inl.Justice.Common;

/// <summary>Argument checks for programming errors. Bad data goes through <see cref="Problem"/> lists instead.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName) where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }
        return argument;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, $"Value should be in range [{minInclusive}-{maxInclusive}]");
        }
    }

    internal static void CheckNonNegative(string paramName, int value)
    {
        if (value < 0)
        {
            ThrowArgumentOutOfRange(paramName, value, "Value must not be negative");
        }
    }

    internal static string CheckNotBlank([NotNull] string? argument, string paramName)
    {
        CheckNotNull(argument, paramName);
        if (string.IsNullOrWhiteSpace(argument))
        {
            ThrowArgument(paramName, "Value must not be empty or white space");
        }
        return argument;
    }

    internal static TEnum CheckDefined<TEnum>(TEnum value, string paramName) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowArgumentOutOfRange(paramName, value, $"Value is not a defined {typeof(TEnum).Name}");
        }
        return value;
    }

    [DoesNotReturn]
    private static void ThrowArgumentNull(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    private static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    private static void ThrowArgumentOutOfRange(string paramName, object value, string message) =>
        throw new ArgumentOutOfRangeException(paramName, value, message);
}
