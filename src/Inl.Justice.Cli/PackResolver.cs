using System.Collections.Generic;
using System.IO;
using Inl.Justice.RulePacks;
using NodaTime;

namespace Inl.Justice.Cli;

/// <summary>Resolves <c>--pack ID|PATH</c>: a file when one exists at that path, else the embedded pack in force on the date.</summary>
internal static class PackResolver
{
    public static TPack? Resolve<TPack>(string packRef, LocalDate on, TextWriter stderr, out int exit)
        where TPack : class, IRulePack<TPack>
    {
        exit = ExitCodes.Ok;
        if (File.Exists(packRef))
        {
            var bytes = CliApp.ReadFile(packRef, stderr);
            if (bytes is null)
            {
                exit = ExitCodes.Usage;
                return null;
            }
            var loaded = TPack.TryLoad(bytes, packRef);
            if (!loaded.TryGetValue(out var fromFile))
            {
                exit = CliApp.PrintProblems(loaded.Problems, stderr);
            }
            return fromFile;
        }
        try
        {
            return RulePackCatalog.Default.Get<TPack>(packRef, on);
        }
        catch (KeyNotFoundException ex)
        {
            stderr.WriteLine($"error: --pack '{packRef}' is neither a file nor an embedded {TPack.PackKind} pack in force on {on:uuuu-MM-dd}. {ex.Message}");
            exit = ExitCodes.Usage;
            return null;
        }
    }
}
