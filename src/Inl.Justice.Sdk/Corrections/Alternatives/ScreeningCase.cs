using System;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Corrections.Alternatives;

/// <summary>
/// A person to screen for non-custodial measures: who they are, the stage of proceedings, and the yes/no facts the
/// screen's pack declares (e.g. <c>Pregnant</c>, <c>DependentChildren</c>, <c>SeriousOffence</c>). A fact that is not
/// recorded is unknown, never taken as false: considerations that depend on it come out undetermined.
/// </summary>
public sealed record ScreeningCase
{
    /// <summary>Gets the person's identifier.</summary>
    public required PersonId Id
    {
        get;
        init
        {
            Preconditions.CheckArgument(PersonId.Check(value.Value) is null, nameof(Id), "The id must not be the default PersonId");
            field = value;
        }
    }

    /// <summary>Gets the recorded sex (<see cref="Sex.Unknown"/> leaves sex-specific considerations undetermined).</summary>
    public required Sex Sex { get; init => field = Preconditions.CheckDefined(value, nameof(Sex)); }

    /// <summary>Gets the date of birth.</summary>
    public required LocalDate DateOfBirth { get; init; }

    /// <summary>Gets the stage of proceedings.</summary>
    public required ScreeningStage Stage { get; init => field = Preconditions.CheckDefined(value, nameof(Stage)); }

    /// <summary>Gets the recorded facts by name; a fact absent from the map is unknown.</summary>
    public ImmutableSortedDictionary<string, bool> Facts
    {
        get;
        init => field = Preconditions.CheckNotNull(value, nameof(Facts)).WithComparers(StringComparer.Ordinal);
    } = ImmutableSortedDictionary.Create<string, bool>(StringComparer.Ordinal);

    /// <summary>Gets the value of fact <paramref name="name"/>, or <see langword="null"/> when it is not recorded.</summary>
    public bool? Fact(string name) => Facts.TryGetValue(Preconditions.CheckNotNull(name, nameof(name)), out var v) ? v : null;

    /// <summary>Value equality, including the facts.</summary>
    public bool Equals(ScreeningCase? other) =>
        other is not null && Id == other.Id && Sex == other.Sex && DateOfBirth == other.DateOfBirth && Stage == other.Stage
        && Facts.SequenceEqual(other.Facts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Sex, DateOfBirth, Stage, Facts.Count);
}
