using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Inl.Justice.Tests.Serialization;

/// <summary>The SDK's own date converter writes what NodaTime.Serialization.SystemTextJson writes, and reads it back.</summary>
[Properties(Arbitrary = [typeof(Arbitraries)])]
public sealed class ConverterPropertyTests
{
    private static readonly JsonSerializerOptions Ours = new() { Converters = { new LocalDateJsonConverter() } };
    private static readonly JsonSerializerOptions NodaTimes = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    [Property]
    public Property Local_dates_are_written_as_nodatime_writes_them_and_read_back(LocalDate date)
    {
#pragma warning disable IL2026, IL3050 // reflection-based serialization is fine in tests
        var ours = JsonSerializer.Serialize(date, Ours);
        var theirs = JsonSerializer.Serialize(date, NodaTimes);
        return (ours == theirs).Label($"{ours} vs {theirs}")
            .And(JsonSerializer.Deserialize<LocalDate>(ours, Ours) == date).Label("round trip");
#pragma warning restore IL2026, IL3050
    }

    [Property]
    public Property Instants_round_trip(long ticks)
    {
        var instant = Instant.FromUnixTimeTicks(ticks % 100_000_000_000_000_000L);
        var options = new JsonSerializerOptions { Converters = { new InstantJsonConverter() } };
#pragma warning disable IL2026, IL3050
        return (JsonSerializer.Deserialize<Instant>(JsonSerializer.Serialize(instant, options), options) == instant).ToProperty();
#pragma warning restore IL2026, IL3050
    }
}
