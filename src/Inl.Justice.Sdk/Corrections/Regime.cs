namespace Inl.Justice.Corrections;

/// <summary>The regime a prisoner is currently held under.</summary>
public enum Regime
{
    /// <summary>The ordinary regime of the unit.</summary>
    Ordinary = 1,

    /// <summary>Close confinement (isolation as punishment or for security).</summary>
    CloseConfinement = 2,

    /// <summary>Disciplinary segregation.</summary>
    DisciplinarySegregation = 3,
}
