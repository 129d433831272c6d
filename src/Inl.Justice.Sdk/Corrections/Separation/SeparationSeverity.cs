namespace Inl.Justice.Corrections.Separation;

/// <summary>How binding a separation rule is.</summary>
public enum SeparationSeverity
{
    /// <summary>The rule must be kept ("shall be kept separate"); a placement that breaks it is refused.</summary>
    Mandatory = 1,

    /// <summary>The rule states an aim ("so far as possible", "in principle"); breaches are reported but do not refuse a placement.</summary>
    Advisory = 2,
}
