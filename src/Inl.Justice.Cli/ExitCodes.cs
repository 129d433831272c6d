namespace Inl.Justice.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The input or pack has problems (they are printed, one a line, with file and JSON path), or a check found violations.</summary>
    public const int Problems = 1;

    /// <summary>The command line is wrong: unknown command or option, missing argument, unreadable file, unknown pack.</summary>
    public const int Usage = 2;
}
