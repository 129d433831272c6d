using System;
using System.Collections.Immutable;
using System.Linq;

namespace Inl.Justice.Common;

/// <summary>
/// The only exception a loader throws for bad data: a pack or input document had problems. <see cref="Problems"/> lists
/// every one of them, each with its location.
/// </summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception from its problems.</summary>
    public RulePackException(ImmutableArray<Problem> problems)
        : base(Format(problems)) => Problems = problems.IsDefault ? ImmutableArray<Problem>.Empty : problems;

    /// <summary>Creates the exception with a message and no problem list.</summary>
    public RulePackException() : this(ImmutableArray<Problem>.Empty) { }

    /// <summary>Creates the exception with a message and no problem list.</summary>
    public RulePackException(string message) : base(message) => Problems = ImmutableArray<Problem>.Empty;

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public RulePackException(string message, Exception innerException) : base(message, innerException) => Problems = ImmutableArray<Problem>.Empty;

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<Problem> Problems { get; }

    private static string Format(ImmutableArray<Problem> problems) =>
        problems.IsDefaultOrEmpty
            ? "The document has problems."
            : $"The document has {problems.Length} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
