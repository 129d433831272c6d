namespace Inl.Justice.Corrections.Safeguards;

/// <summary>The facts gender-sensitive classification needs about a woman prisoner (Bangkok Rules, rules 41(b) and 22).</summary>
public enum GenderFact
{
    /// <summary>Caretaking responsibilities.</summary>
    CaretakingResponsibilities = 1,

    /// <summary>History of violence suffered.</summary>
    VictimisationHistory = 2,

    /// <summary>Mental-health care needs.</summary>
    MentalHealthNeeds = 3,

    /// <summary>Pregnancy.</summary>
    Pregnant = 4,

    /// <summary>Breastfeeding.</summary>
    Breastfeeding = 5,

    /// <summary>An infant with her in prison.</summary>
    WithInfant = 6,
}
