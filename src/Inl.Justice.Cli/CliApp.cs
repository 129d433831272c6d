using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;

namespace Inl.Justice.Cli;

/// <summary>Builds the command tree and runs it. Output is buffered and written only when a command succeeds.</summary>
internal static class CliApp
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where problems and summaries go.</param>
    /// <param name="today">
    /// The clock and zone that give "today" when a command's date option is left out. The library never reads a clock;
    /// <see cref="Program"/> passes the machine's, tests a fixed one.
    /// </param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, ZonedClock today)
    {
        var root = new RootCommand("inl-justice: criminal-justice rules from JSON rule packs (classification, separation, reviews, alternatives, case-flow deadlines, gender checklists, packs).")
        {
            ClassifyCommand.Build(stdout, stderr),
            SeparationCommand.Build(stdout, stderr, today),
            ReviewsCommand.Build(stdout, stderr, today),
            AlternativesCommand.Build(stdout, stderr),
            DeadlinesCommand.Build(stdout, stderr, today),
            TimelineCommand.Build(stdout, stderr, today),
            ChecklistCommand.Build(stdout, stderr),
            IndicatorsCommand.Build(stdout, stderr),
            PackCommands.Build(stdout, stderr),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine("error: " + error.Message);
            }
            stderr.WriteLine("Run 'inl-justice --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("error: " + ex.Message);
            return ExitCodes.Usage;
        }
    }

    /// <summary>Reads a file named on the command line; prints why not and returns null when it cannot.</summary>
    public static byte[]? ReadFile(string path, TextWriter stderr)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot read '{path}': {ex.Message}");
            return null;
        }
    }

    public static int PrintProblems(System.Collections.Generic.IEnumerable<Common.Problem> problems, TextWriter stderr)
    {
        var list = problems.ToList();
        foreach (var p in list)
        {
            stderr.WriteLine(p.ToString());
        }
        stderr.WriteLine($"{list.Count} problem(s); nothing was written.");
        return ExitCodes.Problems;
    }
}
