namespace Inl.Justice.Common;

/// <summary>How well a value encoded in a rule pack was checked against the law it cites.</summary>
public enum Verification
{
    /// <summary>Not checked against any source: recalled or assumed. Treat with care and verify before relying on it.</summary>
    Unverified = 1,

    /// <summary>Checked against a secondary source (a practitioner's guide, a defender's summary, a mirror) but not the primary text.</summary>
    Secondary = 2,

    /// <summary>Checked against the primary text of the provision cited.</summary>
    Primary = 3,
}
