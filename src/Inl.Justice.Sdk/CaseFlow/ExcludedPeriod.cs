using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.CaseFlow;

/// <summary>
/// A period a clock does not count (a pending motion, a competency examination, a continuance), recorded on the case
/// with the reason code a clock pack defines (e.g. <c>sta-h1D-pretrial-motion</c>). Both ends are inclusive.
/// </summary>
/// <param name="Reason">The reason code, matched against the clocks' <c>exclusions</c>.</param>
/// <param name="Period">The days excluded, both ends inclusive.</param>
/// <param name="Defendant">The defendant it concerns, or <see langword="null"/> for every defendant.</param>
/// <param name="Note">A free-text note (the motion, the order), or <see langword="null"/>.</param>
public sealed record ExcludedPeriod(string Reason, DateInterval Period, PersonId? Defendant = null, string? Note = null)
{
    /// <summary>Gets the reason code, never blank.</summary>
    public string Reason { get; init; } = Preconditions.CheckNotBlank(Reason, nameof(Reason));

    /// <summary>Gets the days excluded.</summary>
    public DateInterval Period { get; init; } = Preconditions.CheckNotNull(Period, nameof(Period));

    /// <summary>Whether the period concerns <paramref name="defendant"/>.</summary>
    public bool Concerns(PersonId defendant) => Defendant is null || Defendant.Value == defendant;
}
