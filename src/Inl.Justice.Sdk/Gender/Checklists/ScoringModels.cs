using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Inl.Justice.Common;

namespace Inl.Justice.Gender.Checklists;

/// <summary>The built-in scoring models, by name.</summary>
public static class ScoringModels
{
    /// <summary>Gets the built-in models with their default parameters: tri-state, weighted, maturity, oecd-dac.</summary>
    public static ImmutableArray<IChecklistScoringModel> All { get; } =
        [new TriStateCompliance(), new WeightedSum(), new MaturityStages(), new OecdDacGenderMarker()];

    /// <summary>Gets the names of the built-in models.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(m => m.Name)];

    /// <summary>Finds a built-in model by name (ordinal).</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out IChecklistScoringModel? model)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        model = All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));
        return model is not null;
    }
}
