namespace Inl.Justice.Common;

/// <summary>
/// Sex as recorded for separation, classification tables and sex-disaggregated indicators.
/// Nelson Mandela Rules, rule 7(a) asks that identity be recorded respecting self-perceived gender; a jurisdiction
/// decides how that maps onto the tables it uses.
/// </summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female = 1,

    /// <summary>Male.</summary>
    Male = 2,

    /// <summary>Not recorded or not known. Indicators exclude and count it; instruments need a table for it to classify.</summary>
    Unknown = 3,
}
