using System;
using System.Text.Json.Serialization.Metadata;
using Inl.Justice.Common;
using Inl.Justice.Serialization;

namespace Inl.Justice.RulePacks;

/// <summary>
/// The shared load pipeline of every domain: read JSON in three layers, validate the header, then hand the typed
/// document to the domain's compiler. Problems from all stages are reported together.
/// </summary>
internal static class RulePackLoader
{
    public delegate TPack? Compiler<in TDocument, out TPack>(TDocument document, RulePackHeader? header, ProblemSink problems);

    public static Validated<TPack> Load<TDocument, TPack>(
        ReadOnlyMemory<byte> utf8Json,
        string? source,
        JsonTypeInfo<TDocument> typeInfo,
        string kind,
        Compiler<TDocument, TPack> compile)
        where TDocument : class, IPackDocument
        where TPack : class
    {
        var problems = new ProblemSink(source);
        var document = JsonDocumentReader.Read(utf8Json, typeInfo, problems);
        if (document is null)
        {
            return Validated<TPack>.Failure(problems.ToImmutable());
        }
        var header = document.Header.Compile("$.header", kind, problems);
        TPack? pack;
        try
        {
            pack = compile(document, header, problems);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException)
        {
            // A compiler must report problems rather than throw; this guard keeps the documented contract if one slips.
            problems.Add("$", "the pack could not be compiled: " + ex.Message);
            pack = null;
        }
        return problems.HasProblems || pack is null || header is null
            ? Validated<TPack>.Failure(problems.HasProblems ? problems.ToImmutable() : [new Problem(source, "$", "the pack could not be compiled")])
            : Validated<TPack>.Success(pack);
    }
}
