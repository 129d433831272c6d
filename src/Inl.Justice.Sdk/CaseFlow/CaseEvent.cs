using Inl.Justice.Common;

namespace Inl.Justice.CaseFlow;

/// <summary>One event of a case's timeline.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Time">When: a moment or a court day.</param>
/// <param name="Defendant">The defendant it concerns, or <see langword="null"/> when it concerns every defendant of the case.</param>
/// <param name="Note">A free-text note (docket entry, order number), or <see langword="null"/>.</param>
/// <param name="WithWarrant">
/// For an <see cref="CaseEventKind.Arrest"/>: the arrest was made under a warrant, so a judicial officer had found probable
/// cause before it (County of Riverside v. McLaughlin's 48 hours apply to warrantless arrests only). Not recorded counts as
/// warrantless, so a protective clock still runs.
/// </param>
public sealed record CaseEvent(CaseEventKind Kind, EventTime Time, PersonId? Defendant = null, string? Note = null, bool WithWarrant = false)
{
    /// <summary>Gets what happened; a defined <see cref="CaseEventKind"/>.</summary>
    public CaseEventKind Kind { get; init; } = Preconditions.CheckDefined(Kind, nameof(Kind));

    /// <summary>Whether the event concerns <paramref name="defendant"/>: it names them or names nobody.</summary>
    public bool Concerns(PersonId defendant) => Defendant is null || Defendant.Value == defendant;
}
