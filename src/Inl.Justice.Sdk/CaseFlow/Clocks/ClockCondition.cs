using System;
using System.Collections.Immutable;
using System.Linq;

namespace Inl.Justice.CaseFlow.Clocks;

/// <summary>
/// When a clock applies to a defendant. Every condition given must hold; none given means always.
/// </summary>
/// <param name="Detained">Whether the defendant must be (<see langword="true"/>) or must not be (<see langword="false"/>) in custody at the end of the trigger's day in the court's time zone (released later on the day of the initial appearance is "not in custody").</param>
/// <param name="MinPenaltyYears">Applies only when some charge is punishable with death, life or a term (<paramref name="PenaltyTerm"/>) of at least this many years.</param>
/// <param name="PenaltyYearsBelow">Applies only when no charge is punishable with death, life or a term (<paramref name="PenaltyTerm"/>) of at least this many years (unknown penalties count as below).</param>
/// <param name="NoneBefore">Applies only when none of these events happened at or before the trigger (e.g. no preliminary hearing is due once the defendant is indicted).</param>
/// <param name="PenaltyTerm">Which term of a charge the penalty thresholds read: the maximum (default) or the minimum the law prescribes.</param>
/// <param name="WithWarrant">Whether the triggering arrest must have been made (<see langword="true"/>) or must not have been made (<see langword="false"/>) under a warrant (<see cref="CaseEvent.WithWarrant"/>); County of Riverside v. McLaughlin's 48 hours apply to warrantless arrests.</param>
public sealed record ClockCondition(bool? Detained = null, int? MinPenaltyYears = null, int? PenaltyYearsBelow = null, ImmutableArray<CaseEventKind> NoneBefore = default, PenaltyTerm PenaltyTerm = PenaltyTerm.Maximum, bool? WithWarrant = null)
{
    /// <summary>Gets the events that, when they happened at or before the trigger, make the clock not apply.</summary>
    public ImmutableArray<CaseEventKind> NoneBefore { get; init; } = NoneBefore.IsDefault ? [] : NoneBefore;

    /// <summary>Value equality, including <see cref="NoneBefore"/>.</summary>
    public bool Equals(ClockCondition? other) =>
        other is not null && Detained == other.Detained && MinPenaltyYears == other.MinPenaltyYears && PenaltyYearsBelow == other.PenaltyYearsBelow
        && NoneBefore.SequenceEqual(other.NoneBefore) && PenaltyTerm == other.PenaltyTerm && WithWarrant == other.WithWarrant;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Detained, MinPenaltyYears, PenaltyYearsBelow, NoneBefore.Length);

    private string Term => PenaltyTerm == PenaltyTerm.Minimum ? "minimum " : string.Empty;

    /// <summary>Describes the condition, e.g. <c>detained; penalty ≥ 10 years</c>, or an empty string.</summary>
    public override string ToString() => string.Join("; ", new[]
    {
        Detained is { } d ? (d ? "detained" : "not detained") : null,
        WithWarrant is { } w ? (w ? "arrest with a warrant" : "warrantless arrest") : null,
        MinPenaltyYears is { } min ? $"{Term}penalty ≥ {min} years" : null,
        PenaltyYearsBelow is { } below ? $"{Term}penalty < {below} years" : null,
        NoneBefore.IsEmpty ? null : "not after " + string.Join(", ", NoneBefore),
    }.Where(s => s is not null));
}
