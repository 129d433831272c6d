using Inl.Justice.Common;

namespace Inl.Justice.Gender.Checklists;

/// <summary>The range a template's weighted scores are rescaled onto, e.g. 0–100.</summary>
public readonly record struct ScoreScale
{
    /// <summary>Creates a scale.</summary>
    /// <exception cref="System.ArgumentException"><paramref name="min"/> is not below <paramref name="max"/>.</exception>
    public ScoreScale(decimal min, decimal max)
    {
        Preconditions.CheckArgument(min < max, nameof(max), "The maximum must be above the minimum");
        Min = min;
        Max = max;
    }

    /// <summary>Gets the score of a fraction 0 (nothing met).</summary>
    public decimal Min { get; }

    /// <summary>Gets the score of a fraction 1 (everything met).</summary>
    public decimal Max { get; }

    /// <summary>Maps a fraction in [0, 1] onto the scale, clipping to [<see cref="Min"/>, <see cref="Max"/>].</summary>
    public decimal FromFraction(decimal fraction)
    {
        var value = Min + (fraction * (Max - Min));
        return value < Min ? Min : value > Max ? Max : value;
    }
}
