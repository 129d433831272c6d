using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace Inl.Justice.Cli;

/// <summary>A <c>--on DATE</c> option (ISO yyyy-MM-dd). Commands default it to today on the clock <see cref="CliApp.Run"/> is given.</summary>
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
}
