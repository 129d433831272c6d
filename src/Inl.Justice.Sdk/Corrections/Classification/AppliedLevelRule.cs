using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Classification;

/// <summary>A floor or ceiling whose condition held for a prisoner.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Title">The rule's name.</param>
/// <param name="Level">The level the rule imposes.</param>
/// <param name="Binding">Whether the rule changed the level (a floor above, or a ceiling below, the level it met).</param>
/// <param name="Citation">The provision the rule encodes.</param>
public sealed record AppliedLevelRule(string Rule, string Title, SecurityLevel Level, bool Binding, Citation Citation);
