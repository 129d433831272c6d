using Inl.Justice.Common;
using NodaTime;

namespace Inl.Justice.Corrections.Classification;

/// <summary>
/// A decision to place a prisoner at another level than the computed one, recorded as data: the level, the reason
/// (a code the instrument declares, and the facts in words), who asked, who approved and when. The computed result
/// always stays beside it.
/// </summary>
/// <param name="Level">The name of the level decided.</param>
/// <param name="ReasonCode">One of the instrument's override reason codes.</param>
/// <param name="Reason">The facts behind the decision, in words; never blank.</param>
/// <param name="DecidedBy">Who made or requested the decision.</param>
/// <param name="DecidedOn">When it was decided.</param>
/// <param name="ApprovedBy">Who approved it; required when it moves more steps than the instrument allows without approval, and never the decider.</param>
public sealed record ClassificationOverride(string Level, string ReasonCode, string Reason, string DecidedBy, LocalDate DecidedOn, string? ApprovedBy = null);
