namespace Inl.Justice.Corrections.Classification;

/// <summary>What a safeguard notice asks of the people who use a classification.</summary>
public enum SafeguardKind
{
    /// <summary>A fact the standard requires for this prisoner was not recorded: record it before relying on the result.</summary>
    MissingFact = 1,

    /// <summary>The result may conflict with the standard: review it and record why it stands.</summary>
    Warning = 2,

    /// <summary>A measure the standard forbids for this prisoner, whatever the level (e.g. close confinement).</summary>
    Restriction = 3,
}
