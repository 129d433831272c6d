namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// Whether a prisoner is a child or an adult on the date of a check, computed from the date of birth and the
/// policy's <see cref="SeparationPolicy.ChildAgeBelow"/> (18 by Havana Rules, rule 11(a), unless the pack says otherwise).
/// </summary>
public enum AgeGroup
{
    /// <summary>Younger than the policy's child age limit on the date of the check.</summary>
    Child = 1,

    /// <summary>The policy's child age limit or older on the date of the check.</summary>
    Adult = 2,
}
