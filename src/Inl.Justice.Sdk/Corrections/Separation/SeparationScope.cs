namespace Inl.Justice.Corrections.Separation;

/// <summary>Where two groups a separation rule keeps apart must not meet: the level of the housing plan the rule is checked at.</summary>
public enum SeparationScope
{
    /// <summary>The groups must not be held in the same facility (institution), e.g. Nelson Mandela Rules, rule 112(2).</summary>
    Facility = 1,

    /// <summary>The groups must not be held in the same unit (wing, section, block), e.g. Nelson Mandela Rules, rule 11(a)–(d).</summary>
    Unit = 2,

    /// <summary>The groups must not share a cell or dormitory, e.g. a jurisdiction's security-level rule.</summary>
    Place = 3,
}
