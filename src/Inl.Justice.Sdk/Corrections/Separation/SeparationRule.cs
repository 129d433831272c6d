using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// A rule of a separation policy: prisoners of <paramref name="GroupA"/> and of <paramref name="GroupB"/> must not be held
/// in the same facility, unit or place (<paramref name="Scope"/>), as declared in the pack.
/// </summary>
/// <param name="Id">The rule's id within the pack, e.g. <c>mandela-11a</c>.</param>
/// <param name="Title">The rule's name for people.</param>
/// <param name="Scope">Where the two groups must not meet.</param>
/// <param name="GroupA">The first group.</param>
/// <param name="GroupB">The second group; no prisoner can belong to both.</param>
/// <param name="ExceptSameFamily">Whether members of the same family (<see cref="Resident.FamilyGroup"/>) may be held together (Havana Rules, rule 29).</param>
/// <param name="Severity">Whether the rule must be kept or states an aim.</param>
/// <param name="Citation">The provision the rule encodes.</param>
public sealed record SeparationRule(
    string Id,
    string Title,
    SeparationScope Scope,
    ResidentSelector GroupA,
    ResidentSelector GroupB,
    bool ExceptSameFamily,
    SeparationSeverity Severity,
    Citation Citation);
