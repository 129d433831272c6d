using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Separation;
using Inl.Justice.RulePacks;
using NodaTime;

namespace Inl.Justice.Cli;

/// <summary><c>inl-justice separation --housing FILE --population FILE [--on DATE] [--pack ID|PATH] [--format table|json]</c>.</summary>
internal static class SeparationCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr, ZonedClock today)
    {
        var housing = new Option<string>("--housing") { Description = "Housing plan JSON (facilities, units, places)", Required = true };
        var population = new Option<string>("--population") { Description = "Population register JSON (prisoners with their place)", Required = true };
        var on = DateOption.Create("--on", "Date of the check (ages are computed on it). Default: today");
        var pack = new Option<string>("--pack", "-p") { Description = $"Separation policy: embedded pack id or file. Default: {SeparationPolicy.UnStandardsId}", DefaultValueFactory = _ => SeparationPolicy.UnStandardsId };
        var format = FormatOption.TableOrJson();
        var command = new Command("separation", "Check that categories of prisoners the law keeps apart are not held together. Exit code 1 when anything is found.")
        {
            housing, population, on, pack, format,
        };
        command.SetAction(parse => Run(parse.GetValue(housing)!, parse.GetValue(population)!, parse.GetValue(on) ?? today.GetCurrentDate(), parse.GetValue(pack)!, parse.GetValue(format)!, stdout, stderr));
        return command;
    }

    private static int Run(string housingPath, string populationPath, LocalDate on, string packRef, string format, TextWriter stdout, TextWriter stderr)
    {
        var housingBytes = CliApp.ReadFile(housingPath, stderr);
        var populationBytes = CliApp.ReadFile(populationPath, stderr);
        if (housingBytes is null || populationBytes is null)
        {
            return ExitCodes.Usage;
        }
        var plan = HousingPlan.TryLoad(housingBytes, housingPath);
        var register = PopulationRegister.TryLoad(populationBytes, populationPath);
        if (!plan.IsValid || !register.IsValid)
        {
            return CliApp.PrintProblems(plan.Problems.Concat(register.Problems), stderr);
        }
        var policy = PackResolver.Resolve<SeparationPolicy>(packRef, on, stderr, out var exit);
        if (policy is null)
        {
            return exit;
        }
        var report = policy.Check(plan.Value, register.Value, on, populationPath);
        stdout.Write(format == "json" ? Encoding.UTF8.GetString(report.ToJson()) + "\n" : report.ToSummary());
        return report.IsClean ? ExitCodes.Ok : ExitCodes.Problems;
    }
}
