using System.IO;
using NodaTime;
using NodaTime.Testing;

namespace Inl.Justice.Cli.Tests;

internal sealed record CliRun(int ExitCode, string Out, string Error);

internal static class CliRunner
{
    /// <summary>The clock the tool is run with: 15 January 2026, 03:00 UTC, seen from New York (still 14 January there).</summary>
    public static ZonedClock Today { get; } = new(
        new FakeClock(Instant.FromUtc(2026, 1, 15, 3, 0)), DateTimeZoneProviders.Tzdb["America/New_York"], CalendarSystem.Iso);

    public static CliRun Run(params string[] args) => RunAt(Today, args);

    public static CliRun RunAt(ZonedClock today, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, today);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    public static string Temp(string name, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "inl-justice-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
