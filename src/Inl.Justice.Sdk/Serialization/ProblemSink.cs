using System.Collections.Generic;
using System.Collections.Immutable;
using Inl.Justice.Common;

namespace Inl.Justice.Serialization;

/// <summary>Collects problems for one document, stamping each with the document's source label.</summary>
internal sealed class ProblemSink
{
    private readonly List<Problem> problems = [];

    public ProblemSink(string? source) => Source = source;

    public string? Source { get; }

    public int Count => problems.Count;

    public bool HasProblems => problems.Count > 0;

    public void Add(string path, string message) => problems.Add(new Problem(Source, path, message));

    public void Add(Problem problem) => problems.Add(problem);

    /// <summary>Reports <paramref name="id"/> when it is not a valid <see cref="PersonId"/> or repeats one in <paramref name="seen"/>.</summary>
    public void CheckPersonId(string id, string path, HashSet<string> seen, string what)
    {
        if (PersonId.Check(id) is { } problem)
        {
            Add(path, problem);
        }
        else if (!seen.Add(id))
        {
            Add(path, $"duplicate {what} id '{id}'");
        }
    }

    public ImmutableArray<Problem> ToImmutable() => [.. problems];
}
