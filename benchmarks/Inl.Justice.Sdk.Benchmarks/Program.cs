using BenchmarkDotNet.Running;

namespace Inl.Justice.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- -f '*Classification*' -j short</c> (see BenchmarkDotNet's <c>--help</c>).</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected on the command line.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
