namespace Inl.Justice.CaseFlow;

/// <summary>
/// What happened in a case. Events about one person (arrest, custody, appearance, release) name a defendant; events
/// about the whole case (a charge filed, a trial started) may leave the defendant out and then apply to every defendant.
/// </summary>
public enum CaseEventKind
{
    /// <summary>The person was arrested (the start of custody).</summary>
    Arrest = 1,

    /// <summary>A summons was served on the person (18 U.S.C. §3161(b) counts from arrest or service of summons).</summary>
    SummonsServed = 2,

    /// <summary>Police custody started (e.g. PACE "relevant time", booking at a police station).</summary>
    PoliceCustodyStarted = 3,

    /// <summary>A judicial determination of probable cause (County of Riverside v. McLaughlin).</summary>
    ProbableCauseDetermined = 4,

    /// <summary>The person was first brought before a judge or magistrate (initial appearance).</summary>
    FirstAppearance = 5,

    /// <summary>The person first appeared through counsel, or waived counsel (18 U.S.C. §3161(c)(2)).</summary>
    CounselAppeared = 6,

    /// <summary>The charge was filed: an information, indictment or charge sheet filed (and made public).</summary>
    ChargeFiled = 7,

    /// <summary>A preliminary hearing was held.</summary>
    PreliminaryHearing = 8,

    /// <summary>The person was arraigned (charge read, plea taken).</summary>
    Arraignment = 9,

    /// <summary>A court ordered the person detained pending trial (remand).</summary>
    DetentionOrdered = 10,

    /// <summary>The person was released from custody (bail, bond, own recognisance, end of custody).</summary>
    Released = 11,

    /// <summary>The trial started.</summary>
    TrialStarted = 12,

    /// <summary>Judgment was entered (conviction or acquittal).</summary>
    Judgment = 13,

    /// <summary>Sentence was imposed.</summary>
    Sentence = 14,

    /// <summary>A notice of appeal was filed.</summary>
    AppealFiled = 15,

    /// <summary>The charges were dismissed or withdrawn.</summary>
    Dismissed = 16,

    /// <summary>
    /// The court accepted a plea of guilty (or nolo contendere) — FRCrP 11. No trial follows: the trial clocks of the
    /// Speedy Trial Act (18 U.S.C. §3161(c)(1): "in any case in which a plea of not guilty is entered") and §3164 stop.
    /// </summary>
    PleaAccepted = 17,
}
