using System.Collections.Immutable;
using System.Linq;

namespace Inl.Justice.CaseFlow.Clocks;

/// <summary>What starts a clock: one event, or the latest or earliest of several.</summary>
/// <param name="Mode">How the trigger is found.</param>
/// <param name="Events">The trigger events.</param>
public sealed record ClockTrigger(TriggerMode Mode, ImmutableArray<CaseEventKind> Events)
{
    /// <summary>Value equality, including the events.</summary>
    public bool Equals(ClockTrigger? other) => other is not null && Mode == other.Mode && Events.SequenceEqual(other.Events);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Mode ^ Events.Length;

    /// <summary>Describes the trigger, e.g. <c>later of ChargeFiled, FirstAppearance</c>.</summary>
    public override string ToString() => Mode switch
    {
        TriggerMode.LatestOf => "later of " + string.Join(", ", Events),
        TriggerMode.EarliestOf => "earlier of " + string.Join(", ", Events),
        _ => Events[0].ToString(),
    };
}
