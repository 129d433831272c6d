namespace Inl.Justice.Corrections.Alternatives;

/// <summary>Whether a consideration (or a measure's availability) holds for a person, on the facts recorded.</summary>
public enum ConsiderationOutcome
{
    /// <summary>The recorded facts show that it holds.</summary>
    Applies = 1,

    /// <summary>The recorded facts show that it does not hold.</summary>
    DoesNotApply = 2,

    /// <summary>A fact it depends on is not recorded; the missing facts are listed.</summary>
    Undetermined = 3,
}
