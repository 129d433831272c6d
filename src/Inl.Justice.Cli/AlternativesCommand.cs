using System.CommandLine;
using System.IO;
using System.Text;
using Inl.Justice.Corrections.Alternatives;

namespace Inl.Justice.Cli;

/// <summary><c>inl-justice alternatives --cases FILE [--pack ID|PATH] [--format table|json]</c>.</summary>
internal static class AlternativesCommand
{
    public const string DefaultPack = "un-alternatives-screen";

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var cases = new Option<string>("--cases") { Description = "Screening cases JSON ({\"screenedOn\",\"cases\":[…]})", Required = true };
        var pack = new Option<string>("--pack", "-p") { Description = $"Alternatives screen: embedded pack id or file. Default: {DefaultPack}", DefaultValueFactory = _ => DefaultPack };
        var format = FormatOption.TableOrJson();
        var command = new Command("alternatives", "List the non-custodial measures available to each person and the standards that favour them. Informs a decision; never makes one.")
        {
            cases, pack, format,
        };
        command.SetAction(parse => Run(parse.GetValue(cases)!, parse.GetValue(pack)!, parse.GetValue(format)!, stdout, stderr));
        return command;
    }

    private static int Run(string casesPath, string packRef, string format, TextWriter stdout, TextWriter stderr)
    {
        var bytes = CliApp.ReadFile(casesPath, stderr);
        if (bytes is null)
        {
            return ExitCodes.Usage;
        }
        var loaded = ScreeningCases.TryLoad(bytes, casesPath);
        if (!loaded.TryGetValue(out var cases))
        {
            return CliApp.PrintProblems(loaded.Problems, stderr);
        }
        var screen = PackResolver.Resolve<AlternativesScreen>(packRef, cases.ScreenedOn, stderr, out var exit);
        if (screen is null)
        {
            return exit;
        }
        var report = screen.ScreenAll(cases, casesPath);
        if (!report.TryGetValue(out var screened))
        {
            return CliApp.PrintProblems(report.Problems, stderr);
        }
        stdout.Write(format == "json" ? Encoding.UTF8.GetString(screened.ToJson()) + "\n" : screened.ToSummary());
        return ExitCodes.Ok;
    }
}
