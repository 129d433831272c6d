using System.Collections.Immutable;
using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Alternatives;

/// <summary>How one consideration of the screen came out for a person.</summary>
/// <param name="Id">The consideration's id, e.g. <c>bangkok-64</c>.</param>
/// <param name="Title">What it says, in the pack's words.</param>
/// <param name="Outcome">Whether it applies on the recorded facts.</param>
/// <param name="MissingFacts">When <see cref="ConsiderationOutcome.Undetermined"/>: the facts (or <c>sex</c>) to record to decide it; otherwise empty.</param>
/// <param name="Favours">The ids of the measures it favours.</param>
/// <param name="Citation">The provision it encodes.</param>
public sealed record ConsiderationFinding(
    string Id,
    string Title,
    ConsiderationOutcome Outcome,
    ImmutableArray<string> MissingFacts,
    ImmutableArray<string> Favours,
    Citation Citation);

/// <summary>A non-custodial measure available at the person's stage, and what favours it.</summary>
/// <param name="Id">The measure's id, e.g. <c>probation</c>.</param>
/// <param name="Title">Its name in the pack.</param>
/// <param name="Availability"><see cref="ConsiderationOutcome.Applies"/> when available to this person, <see cref="ConsiderationOutcome.Undetermined"/> when that depends on an unrecorded fact.</param>
/// <param name="FavouredBy">The considerations that apply and favour it.</param>
/// <param name="PossiblyFavouredBy">The undetermined considerations that would favour it.</param>
/// <param name="Citation">The provision that provides for it.</param>
public sealed record ScreenedMeasure(
    string Id,
    string Title,
    ConsiderationOutcome Availability,
    ImmutableArray<string> FavouredBy,
    ImmutableArray<string> PossiblyFavouredBy,
    Citation Citation);

/// <summary>
/// What a screen found for one person: the measures available at their stage and every consideration of that stage
/// with its outcome. It informs a decision-maker; it never decides, and it ranks nothing.
/// </summary>
/// <param name="Person">The person screened.</param>
/// <param name="Stage">The stage of proceedings.</param>
/// <param name="Age">Completed years on the screening date.</param>
/// <param name="Measures">Measures available (or possibly available) at the stage, in pack order.</param>
/// <param name="Considerations">Every consideration of the stage, in pack order, including those that do not apply.</param>
public sealed record ScreeningResult(
    PersonId Person,
    ScreeningStage Stage,
    int Age,
    ImmutableArray<ScreenedMeasure> Measures,
    ImmutableArray<ConsiderationFinding> Considerations);
