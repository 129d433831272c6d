using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Classification;

/// <summary>A named yes/no fact an instrument declares (BOP: a public safety factor), which profiles may carry.</summary>
/// <param name="Id">The name profiles use, e.g. <c>DisruptiveGroup</c>.</param>
/// <param name="Title">The name for people.</param>
/// <param name="Description">What the flag means, or <see langword="null"/>.</param>
/// <param name="Citation">The provision that defines it.</param>
public sealed record FlagDefinition(string Id, string Title, string? Description, Citation Citation);
