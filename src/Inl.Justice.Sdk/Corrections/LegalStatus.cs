namespace Inl.Justice.Corrections;

/// <summary>The legal basis of a person's detention (Nelson Mandela Rules, rules 11(b)–(c), 111–112, 121–122).</summary>
public enum LegalStatus
{
    /// <summary>Arrested or charged and not yet tried: presumed innocent (rule 111).</summary>
    Untried = 1,

    /// <summary>Convicted and sentenced.</summary>
    Convicted = 2,

    /// <summary>Held for debt or another civil reason (rule 121).</summary>
    Civil = 3,
}
