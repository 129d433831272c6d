using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Classification;

/// <summary>A floor or ceiling whose condition held for a prisoner.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Title">The rule's name.</param>
/// <param name="Level">The level the rule imposes.</param>
/// <param name="Binding">Whether the rule decided the computed level: a ceiling that lowered the scored level to its own, or a floor that raised the level to its own.</param>
/// <param name="Citation">The provision the rule encodes.</param>
public sealed record AppliedLevelRule(string Rule, string Title, SecurityLevel Level, bool Binding, Citation Citation);
