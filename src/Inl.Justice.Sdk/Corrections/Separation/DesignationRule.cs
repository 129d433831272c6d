using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// The rule a prisoner breaks by being held in a unit whose designation does not admit them when no separation rule of
/// the policy separates them from the category the unit is designated for (for example a prisoner whose sex is not
/// recorded, in a unit designated for women). The default policy cites the opening sentence of Nelson Mandela Rules,
/// rule 11: categories are kept in separate institutions or parts of institutions.
/// </summary>
/// <param name="Id">The rule's id within the pack.</param>
/// <param name="Title">The rule's name for people.</param>
/// <param name="Severity">Whether the rule must be kept or states an aim.</param>
/// <param name="Citation">The provision the rule encodes.</param>
public sealed record DesignationRule(string Id, string Title, SeparationSeverity Severity, Citation Citation);
