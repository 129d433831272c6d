namespace Inl.Justice.Common;

/// <summary>
/// The legal provision a rule encodes, e.g. <c>BOP PS 5100.08, ch. 4, p. 8</c> or <c>Nelson Mandela Rules, rule 11(a)</c>,
/// with the pack source it comes from and how well the encoded value was checked.
/// </summary>
/// <param name="Provision">The provision, in the words a lawyer would cite it.</param>
/// <param name="Source">The id of an entry in the pack header's <c>sources</c>, or <see langword="null"/>.</param>
/// <param name="Verification">How well the encoded value was checked against the provision.</param>
/// <param name="Note">Optional remark, e.g. what remains to be checked.</param>
public sealed record Citation(string Provision, string? Source, Verification Verification, string? Note = null)
{
    /// <summary>Gets the provision, never blank.</summary>
    public string Provision { get; init; } = Preconditions.CheckNotBlank(Provision, nameof(Provision));

    /// <summary>Gets how well the value was checked; a defined <see cref="Common.Verification"/> value.</summary>
    public Verification Verification { get; init; } = Preconditions.CheckDefined(Verification, nameof(Verification));

    /// <summary>Formats the citation for people: the provision, followed by "[unverified]" or "[secondary source]" when applicable.</summary>
    public override string ToString() => Verification switch
    {
        Verification.Primary => Provision,
        Verification.Secondary => Provision + " [secondary source]",
        _ => Provision + " [unverified]",
    };

    /// <summary>Builds a citation that was checked against the primary text.</summary>
    public static Citation Primary(string provision, string? source = null) => new(provision, source, Verification.Primary);

    /// <summary>Builds a citation whose value is not yet verified.</summary>
    public static Citation Unverified(string provision, string? source = null) => new(provision, source, Verification.Unverified);
}
