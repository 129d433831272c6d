using System.IO;
using Spectre.Console;

namespace Inl.Justice.Cli;

/// <summary>Spectre.Console renderers that write plain text (no colours, fixed width) into a buffer.</summary>
internal static class Render
{
    public static IAnsiConsole To(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        return console;
    }
}
