using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.CaseFlow.Calendars;

/// <summary>A day a court is closed: a public holiday (on its actual or its observed date) or an ad-hoc closure.</summary>
/// <param name="Date">The day the court is closed.</param>
/// <param name="Id">The id of the holiday rule or closure in the calendar pack.</param>
/// <param name="Name">The holiday's name or the closure's reason.</param>
/// <param name="IsObservedDate">Whether this is the observed date of a holiday whose actual date falls elsewhere.</param>
/// <param name="Citation">The provision that makes the day a holiday or closes the court.</param>
public sealed record Holiday(LocalDate Date, string Id, string Name, bool IsObservedDate, Citation Citation)
{
    /// <summary>Formats as <c>2026-07-03 Independence Day (observed)</c>.</summary>
    public override string ToString() => $"{Date:uuuu-MM-dd} {Name}{(IsObservedDate ? " (observed)" : string.Empty)}";
}
