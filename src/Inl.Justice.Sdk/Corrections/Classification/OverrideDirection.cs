namespace Inl.Justice.Corrections.Classification;

/// <summary>Which way an override reason may move a level.</summary>
public enum OverrideDirection
{
    /// <summary>Only to a higher level (e.g. BOP "Greater Security").</summary>
    Raise = 1,

    /// <summary>Only to a lower level (e.g. BOP "Lesser Security").</summary>
    Lower = 2,

    /// <summary>Either way.</summary>
    Either = 3,
}
