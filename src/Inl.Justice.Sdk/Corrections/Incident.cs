using NodaTime;

namespace Inl.Justice.Corrections;

/// <summary>A dated incident of violence or escape (including attempts) in a prisoner's history.</summary>
/// <param name="Date">The date of the incident (of the conduct, not of a later conviction).</param>
/// <param name="Serious">Whether the incident was serious rather than minor, as the instrument defines those terms.</param>
public readonly record struct Incident(LocalDate Date, bool Serious);
