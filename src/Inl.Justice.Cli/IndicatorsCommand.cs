using System.CommandLine;
using System.IO;
using Inl.Justice.Gender.Indicators;

namespace Inl.Justice.Cli;

/// <summary><c>inl-justice indicators --input FILE [--format table|json]</c>.</summary>
internal static class IndicatorsCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input", "-i") { Description = "Indicator data JSON: personnel, detainees and working-age population by sex, per year", Required = true };
        var format = FormatOption.TableOrJson();
        var command = new Command("indicators", "Sex-disaggregated indicators over the years: share of women police and judges on 31 December, SDG 16.3.2 by sex, SDG 16.7.1(c).")
        {
            input, format,
        };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(format)!, stdout, stderr));
        return command;
    }

    private static int Run(string inputPath, string format, TextWriter stdout, TextWriter stderr)
    {
        var bytes = CliApp.ReadFile(inputPath, stderr);
        if (bytes is null)
        {
            return ExitCodes.Usage;
        }
        var data = IndicatorData.TryLoad(bytes, inputPath);
        if (!data.TryGetValue(out var loaded))
        {
            return CliApp.PrintProblems(data.Problems, stderr);
        }
        var report = IndicatorReport.Create(loaded);
        stdout.Write(format == "json" ? CliJson.Relaxed(report.ToJson()) : report.ToSummary());
        return ExitCodes.Ok;
    }
}
