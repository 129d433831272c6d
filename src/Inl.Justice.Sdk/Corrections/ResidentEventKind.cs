namespace Inl.Justice.Corrections;

/// <summary>Events in a prisoner's custody that may call for a classification review (PS 5100.08 ch. 6; UNODC Handbook).</summary>
public enum ResidentEventKind
{
    /// <summary>A new sentence was imposed.</summary>
    NewSentence = 1,

    /// <summary>A sentence was reduced.</summary>
    SentenceReduction = 2,

    /// <summary>A disciplinary finding was made.</summary>
    DisciplinaryFinding = 3,

    /// <summary>A detainer was lodged.</summary>
    DetainerLodged = 4,

    /// <summary>A detainer was lifted.</summary>
    DetainerLifted = 5,

    /// <summary>The prisoner was transferred to another facility.</summary>
    Transfer = 6,
}
