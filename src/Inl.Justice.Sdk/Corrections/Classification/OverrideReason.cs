using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Classification;

/// <summary>A reason an instrument allows for overriding the computed level (BOP: a management variable).</summary>
/// <param name="Code">The code recorded with an override, e.g. <c>GreaterSecurity</c>.</param>
/// <param name="Title">The reason's name for people.</param>
/// <param name="Direction">Which way the reason may move a level.</param>
/// <param name="Citation">The provision that allows it.</param>
public sealed record OverrideReason(string Code, string Title, OverrideDirection Direction, Citation Citation);
