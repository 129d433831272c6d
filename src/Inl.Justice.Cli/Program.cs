using NodaTime;

namespace Inl.Justice.Cli;

/// <summary>The composition root: the only place the tool reads the machine's clock and time zone (for default dates).</summary>
internal static class Program
{
    private static int Main(string[] args) =>
        CliApp.Run(args, System.Console.Out, System.Console.Error, new ZonedClock(SystemClock.Instance, DateTimeZoneProviders.Tzdb.GetSystemDefault(), CalendarSystem.Iso));
}
