namespace Inl.Justice.CaseFlow;

/// <summary>The stage a case (or one defendant's part of it) has reached, derived from its events.</summary>
public enum CaseStage
{
    /// <summary>Before any charge: arrest, police custody, first appearance on a complaint.</summary>
    PreCharge = 1,

    /// <summary>Charged (information, indictment or charge sheet filed), trial not started.</summary>
    Charged = 2,

    /// <summary>The trial has started and no judgment has been entered.</summary>
    Trial = 3,

    /// <summary>Convicted — judgment entered or a guilty plea accepted — sentence not yet imposed.</summary>
    Judgment = 4,

    /// <summary>Sentence imposed.</summary>
    Sentenced = 5,

    /// <summary>A notice of appeal has been filed.</summary>
    Appeal = 6,

    /// <summary>The charges were dismissed or withdrawn.</summary>
    Dismissed = 7,
}
