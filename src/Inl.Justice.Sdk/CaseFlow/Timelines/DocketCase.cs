using Inl.Justice.CaseFlow.Calendars;
using Inl.Justice.CaseFlow.Clocks;
using Inl.Justice.Common;

namespace Inl.Justice.CaseFlow.Timelines;

/// <summary>A case on a docket with the clocks that govern it and the court's calendar.</summary>
/// <param name="Case">The case.</param>
/// <param name="Clocks">The clock pack that governs the case.</param>
/// <param name="Calendar">The court's calendar, or <see langword="null"/> when no clock of <paramref name="Clocks"/> needs one.</param>
public sealed record DocketCase(CourtCase Case, ClockSet Clocks, CourtCalendar? Calendar)
{
    /// <summary>Gets the case.</summary>
    public CourtCase Case { get; init; } = Preconditions.CheckNotNull(Case, nameof(Case));

    /// <summary>Gets the clock pack.</summary>
    public ClockSet Clocks { get; init; } = Preconditions.CheckNotNull(Clocks, nameof(Clocks));
}
