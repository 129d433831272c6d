namespace Inl.Justice.Corrections.Alternatives;

/// <summary>The stage of proceedings at which non-custodial measures are screened (Tokyo Rules, sections II–IV).</summary>
public enum ScreeningStage
{
    /// <summary>Before trial: diversion and alternatives to pre-trial detention (Tokyo Rules 5–6).</summary>
    PreTrial = 1,

    /// <summary>At sentencing: non-custodial sentences (Tokyo Rules 7–8).</summary>
    Sentencing = 2,

    /// <summary>After sentence: early release and post-sentencing measures (Tokyo Rules 9).</summary>
    PostSentence = 3,
}
