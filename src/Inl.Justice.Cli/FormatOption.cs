using System.CommandLine;

namespace Inl.Justice.Cli;

/// <summary>The <c>--format</c> / <c>-f</c> option every command shares: one of a fixed set, the first by default.</summary>
internal static class FormatOption
{
    /// <summary>Table or JSON, table by default: the output of most commands.</summary>
    public static Option<string> TableOrJson() => Create("table (for people) or json", "table", "json");

    /// <param name="description">The help text.</param>
    /// <param name="formats">The accepted formats; the first is the default.</param>
    public static Option<string> Create(string description, params string[] formats)
    {
        var format = new Option<string>("--format", "-f") { Description = description, DefaultValueFactory = _ => formats[0] };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }
}
