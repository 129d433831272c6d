using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Inl.Justice.Serialization;

/// <summary>Reads and writes <see cref="Instant"/> as an ISO-8601 UTC timestamp (<c>uuuu-MM-ddTHH:mm:ss.FFFFFFFFFZ</c>).</summary>
public sealed class InstantJsonConverter : JsonConverter<Instant>
{
    /// <inheritdoc/>
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected a UTC timestamp string such as 2026-03-01T14:30:00Z");
        }
        var text = reader.GetString()!;
        var result = InstantPattern.ExtendedIso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"'{text}' is not a UTC timestamp such as 2026-03-01T14:30:00Z ({LocalDateJsonConverter.FirstLine(result.Exception.Message)})");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }
}
