using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.CaseFlow.Calendars;

/// <summary>Ordinary court hours on a court day, used by hour limits that roll to the end of the next court day.</summary>
/// <param name="Opens">When courts open.</param>
/// <param name="Closes">When courts close: "the end of a court day".</param>
/// <param name="Citation">The provision that sets the hours.</param>
public sealed record CourtHours(LocalTime Opens, LocalTime Closes, Citation Citation);
