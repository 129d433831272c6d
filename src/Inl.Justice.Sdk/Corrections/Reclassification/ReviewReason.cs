namespace Inl.Justice.Corrections.Reclassification;

/// <summary>Why a review falls due on its date.</summary>
public enum ReviewReason
{
    /// <summary>The first review after admission.</summary>
    First = 1,

    /// <summary>The periodic review after the last one.</summary>
    Periodic = 2,

    /// <summary>The shorter periodic review inside the window before release.</summary>
    PreRelease = 3,

    /// <summary>An event after the last review (new sentence, disciplinary finding, detainer …).</summary>
    Event = 4,
}
