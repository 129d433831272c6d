using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace Inl.Justice.Cli;

/// <summary>A <c>--on DATE</c> option (ISO yyyy-MM-dd). The tool, not the library, may default it to today's date.</summary>
internal static class DateOption
{
    public static Option<LocalDate?> Create(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }
            result.AddError($"{name}: '{text}' is not a date in the form YYYY-MM-DD");
            return null;
        },
    };

    /// <summary>Today in the machine's time zone: the CLI's default when no date is given.</summary>
    public static LocalDate Today() =>
        new ZonedClock(SystemClock.Instance, DateTimeZoneProviders.Tzdb.GetSystemDefault(), CalendarSystem.Iso).GetCurrentDate();
}
