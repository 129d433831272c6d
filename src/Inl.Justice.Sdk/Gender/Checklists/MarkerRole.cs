namespace Inl.Justice.Gender.Checklists;

/// <summary>The role an item plays in the OECD-DAC gender equality marker (see <see cref="OecdDacGenderMarker"/>).</summary>
public enum MarkerRole
{
    /// <summary>A minimum criterion every marked design must meet (e.g. a gender analysis was done).</summary>
    MinimumCriterion = 1,

    /// <summary>Meeting it shows gender equality is a significant objective (marker 1).</summary>
    SignificantObjective = 2,

    /// <summary>Meeting it shows gender equality is the principal objective (marker 2).</summary>
    PrincipalObjective = 3,
}
