using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Inl.Justice.Serialization;

/// <summary>
/// Reads a UTF-8 JSON document into a DTO in three layers, collecting every problem: syntax (with line and column),
/// shape against the source-generated metadata (with JSON paths), then strict deserialization.
/// </summary>
internal static class JsonDocumentReader
{
    internal static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };

    /// <summary>Reads <paramref name="utf8"/>; returns the value, or <see langword="null"/> with problems in <paramref name="problems"/>.</summary>
    public static T? Read<T>(ReadOnlyMemory<byte> utf8, JsonTypeInfo<T> typeInfo, ProblemSink problems) where T : class
    {
        var before = problems.Count;
        utf8 = SkipBom(utf8);
        if (!CheckUtf8(utf8.Span, problems))
        {
            return null;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException ex)
        {
            problems.Add(new Common.Problem(problems.Source, "$", "not valid JSON: " + SyntaxMessage(ex), ex.LineNumber + 1, ex.BytePositionInLine + 1));
            return null;
        }
        catch (ArgumentException ex)
        {
            problems.Add("$", "not valid JSON: " + ex.Message);
            return null;
        }

        using (document)
        {
            JsonShape.Check(document.RootElement, typeInfo, "$", problems);
            if (problems.Count > before)
            {
                return null;
            }
            try
            {
                var value = document.RootElement.Deserialize(typeInfo);
                if (value is null)
                {
                    problems.Add("$", "the document is empty (null)");
                }
                return value;
            }
            catch (JsonException ex)
            {
                problems.Add(ex.Path ?? "$", SyntaxMessage(ex));
                return null;
            }
        }
    }

    /// <summary>Reports the first byte that is not valid UTF-8, with its line and column.</summary>
    public static bool CheckUtf8(ReadOnlySpan<byte> utf8, ProblemSink problems)
    {
        long line = 1, lineStart = 0;
        for (var i = 0; i < utf8.Length;)
        {
            var b = utf8[i];
            if (b < 0x80)
            {
                if (b == (byte)'\n')
                {
                    line++;
                    lineStart = i + 1;
                }
                i++;
                continue;
            }
            if (Rune.DecodeFromUtf8(utf8[i..], out _, out var consumed) != OperationStatus.Done)
            {
                problems.Add(new Common.Problem(problems.Source, "$", "not valid UTF-8 text; save the file as UTF-8", line, i - lineStart + 1));
                return false;
            }
            i += consumed;
        }
        return true;
    }

    public static ReadOnlyMemory<byte> SkipBom(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;

    private static string SyntaxMessage(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }
        return (cut < 0 ? message : message[..cut]).TrimEnd(' ', '|', '.');
    }
}
