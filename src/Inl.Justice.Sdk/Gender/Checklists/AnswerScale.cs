using System;
using System.Collections.Immutable;
using System.Linq;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// A set of answers items refer to by id (e.g. <c>compliance</c>: met / partly / not-met), with an optional
/// "not applicable" answer. Values are compared ordinally.
/// </summary>
public sealed class AnswerScale
{
    internal AnswerScale(string id, ImmutableArray<AnswerOption> options, string? notApplicable, LocalizedText? notApplicableLabel)
    {
        Id = id;
        Options = options;
        NotApplicable = notApplicable;
        NotApplicableLabel = notApplicableLabel;
    }

    /// <summary>Gets the scale id.</summary>
    public string Id { get; }

    /// <summary>Gets the answers, in template order.</summary>
    public ImmutableArray<AnswerOption> Options { get; }

    /// <summary>Gets the value of the "not applicable" answer, or <see langword="null"/> when the scale does not allow one.</summary>
    public string? NotApplicable { get; }

    /// <summary>Gets the label of the "not applicable" answer, when there is one.</summary>
    public LocalizedText? NotApplicableLabel { get; }

    /// <summary>Gets the option with value <paramref name="value"/>, or <see langword="null"/>.</summary>
    public AnswerOption? Option(string value) => Options.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="value"/> is this scale's "not applicable" answer.</summary>
    public bool IsNotApplicable(string value) => NotApplicable is not null && string.Equals(NotApplicable, value, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="value"/> is an answer of this scale (an option or the "not applicable" answer).</summary>
    public bool Allows(string value) => IsNotApplicable(value) || Option(value) is not null;

    /// <summary>The label of <paramref name="value"/> in <paramref name="language"/>, or the value itself when it has no label.</summary>
    public string LabelOf(string value, string? language) =>
        IsNotApplicable(value) ? NotApplicableLabel?.Resolve(language) ?? value : Option(value)?.Label?.Resolve(language) ?? value;
}
