using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Inl.Justice.Cli;

/// <summary>JSON as the CLI prints it: indented, with letters and punctuation written as themselves ("niñas", "÷", "'") rather than \u escapes.</summary>
internal static class CliJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // the output is a file or a terminal, never HTML or a script
        Indented = true,
    };

    /// <summary>Re-writes the library's UTF-8 JSON (whose default encoder escapes all non-ASCII) with the relaxed encoder; ends with a newline.</summary>
    public static string Relaxed(byte[] utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            document.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
