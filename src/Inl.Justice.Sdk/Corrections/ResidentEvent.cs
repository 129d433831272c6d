using NodaTime;

namespace Inl.Justice.Corrections;

/// <summary>A dated event in a prisoner's custody.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="On">The date it happened.</param>
public readonly record struct ResidentEvent(ResidentEventKind Kind, LocalDate On);
