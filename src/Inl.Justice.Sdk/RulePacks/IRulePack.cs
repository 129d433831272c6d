using System;
using Inl.Justice.Common;

namespace Inl.Justice.RulePacks;

/// <summary>A compiled, immutable and thread-safe rule pack.</summary>
public interface IRulePack
{
    /// <summary>Gets the pack's header.</summary>
    RulePackHeader Header { get; }
}

/// <summary>A rule pack type that can load itself from JSON, so that a <see cref="RulePackCatalog"/> can compile it on demand.</summary>
/// <typeparam name="TSelf">The compiled pack type.</typeparam>
public interface IRulePack<TSelf> : IRulePack where TSelf : class, IRulePack<TSelf>
{
    /// <summary>Gets the <c>header.kind</c> this type loads, e.g. <c>classification-instrument</c>.</summary>
    static abstract string PackKind { get; }

    /// <summary>Reads, validates and compiles a pack, reporting every problem instead of throwing.</summary>
    /// <param name="utf8Json">The pack as UTF-8 JSON.</param>
    /// <param name="source">A label for problems, such as the file name.</param>
    static abstract Validated<TSelf> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null);
}
