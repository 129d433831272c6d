using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inl.Justice.Serialization;

/// <summary>
/// Reads and writes an enum as its exact PascalCase name. Unlike <see cref="JsonStringEnumConverter{TEnum}"/> it rejects
/// numbers, other casings and comma-separated combinations, and names the allowed values in its error.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
{
    private static readonly string Allowed = string.Join(", ", Enum.GetNames<TEnum>());

    /// <inheritdoc/>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected one of: {Allowed}");
        }
        var text = reader.GetString()!;
        if (TryParse(text, out var value))
        {
            return value;
        }
        throw new JsonException($"'{text}' is not one of: {Allowed}");
    }

    /// <summary>Parses an exact, defined name.</summary>
    public static bool TryParse(string text, out TEnum value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        return Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value)
            && string.Equals(Enum.GetName(value), text, StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Enum.GetName(value) ?? throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}"));
    }
}
