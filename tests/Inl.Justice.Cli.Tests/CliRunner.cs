using System.IO;

namespace Inl.Justice.Cli.Tests;

internal sealed record CliRun(int ExitCode, string Out, string Error);

internal static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
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
