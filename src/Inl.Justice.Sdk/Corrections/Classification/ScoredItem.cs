using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Classification;

/// <summary>A scored item of an instrument, as declared in its pack (the tables themselves are compiled internally).</summary>
/// <param name="Id">The item's id within the pack.</param>
/// <param name="Title">The item's name for people, e.g. <c>Severity of Current Offense</c>.</param>
/// <param name="Measure">What the item measures.</param>
/// <param name="MinPoints">The fewest points the item can give.</param>
/// <param name="MaxPoints">The most points the item can give.</param>
/// <param name="Citation">The provision the item encodes.</param>
public sealed record ScoredItem(string Id, string Title, Measure Measure, int MinPoints, int MaxPoints, Citation Citation);
