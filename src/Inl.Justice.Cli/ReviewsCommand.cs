using System.CommandLine;
using System.IO;
using System.Text;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Reclassification;
using Inl.Justice.Corrections.Safeguards;
using Inl.Justice.RulePacks;
using NodaTime;

namespace Inl.Justice.Cli;

/// <summary><c>inl-justice reviews --population FILE [--on DATE] [--horizon DAYS] [--pack ID|PATH] [--format table|json]</c>.</summary>
internal static class ReviewsCommand
{
    public const string DefaultPack = "us-bop-review-schedule";

    public static Command Build(TextWriter stdout, TextWriter stderr, ZonedClock today)
    {
        var population = new Option<string>("--population") { Description = "Population register JSON (admission, release, last review, events)", Required = true };
        var on = DateOption.Create("--on", "Date of the docket. Default: today");
        var horizon = new Option<int>("--horizon") { Description = "Also list reviews due within this many days", DefaultValueFactory = _ => 0 };
        horizon.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--horizon must not be negative");
            }
        });
        var pack = new Option<string>("--pack", "-p") { Description = $"Review schedule: embedded pack id or file. Default: {DefaultPack}", DefaultValueFactory = _ => DefaultPack };
        var format = FormatOption.TableOrJson();
        var command = new Command("reviews", "List classification reviews due or overdue, and women held under a regime the Bangkok Rules forbid for them.")
        {
            population, on, horizon, pack, format,
        };
        command.SetAction(parse => Run(parse.GetValue(population)!, parse.GetValue(on) ?? today.GetCurrentDate(), parse.GetValue(horizon), parse.GetValue(pack)!, parse.GetValue(format)!, stdout, stderr));
        return command;
    }

    private static int Run(string populationPath, LocalDate on, int horizon, string packRef, string format, TextWriter stdout, TextWriter stderr)
    {
        var bytes = CliApp.ReadFile(populationPath, stderr);
        if (bytes is null)
        {
            return ExitCodes.Usage;
        }
        var register = PopulationRegister.TryLoad(bytes, populationPath);
        if (!register.TryGetValue(out var population))
        {
            return CliApp.PrintProblems(register.Problems, stderr);
        }
        var schedule = PackResolver.Resolve<ReviewSchedule>(packRef, on, stderr, out var exit);
        if (schedule is null)
        {
            return exit;
        }
        var docket = schedule.DueReviews(population, on, horizon, populationPath);
        if (format == "json")
        {
            stdout.Write(Encoding.UTF8.GetString(docket.ToJson()) + "\n");
            return ExitCodes.Ok;
        }
        var text = new StringBuilder(docket.ToSummary());
        var bangkok = RulePackCatalog.Default.Get<SafeguardPolicy>(ClassifyCommand.DefaultSafeguards, on);
        var findings = bangkok.CheckRegimes(population);
        if (findings.Length > 0)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Regimes under {bangkok.Header.Key}: {findings.Length} finding(s).\n");
        }
        foreach (var finding in findings)
        {
            text.Append(finding.Confirmed
                ? $"  {finding.Person}: held in {finding.Regime} while {string.Join(", ", finding.Facts)}: forbidden — {finding.Citation}\n"
                : $"  {finding.Person}: held in {finding.Regime}; pregnancy, breastfeeding or infant not recorded: check — {finding.Citation}\n");
        }
        stdout.Write(text.ToString());
        return ExitCodes.Ok;
    }
}
