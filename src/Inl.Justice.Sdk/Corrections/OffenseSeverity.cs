namespace Inl.Justice.Corrections;

/// <summary>
/// Offense severity on the BOP Offense Severity Scale (PS 5100.08, Appendix A), used for the current offense and for
/// detainers. Ordered from least to most severe.
/// </summary>
public enum OffenseSeverity
{
    /// <summary>Lowest severity.</summary>
    Lowest = 1,

    /// <summary>Low-moderate severity.</summary>
    LowModerate = 2,

    /// <summary>Moderate severity.</summary>
    Moderate = 3,

    /// <summary>High severity.</summary>
    High = 4,

    /// <summary>Greatest severity.</summary>
    Greatest = 5,
}
