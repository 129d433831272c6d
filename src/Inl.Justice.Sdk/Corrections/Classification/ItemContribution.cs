using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Classification;

/// <summary>The points one item gave, and why: the answer or band that matched and the provision it encodes. A value type, so an explanation allocates one array for all its items.</summary>
/// <param name="Item">The item id.</param>
/// <param name="Answer">The matched answer or band in words, e.g. <c>High</c>, <c>2–3</c> or <c>serious, 0–4 years ago</c>.</param>
/// <param name="Value">The measured number (age, points, years since), or <see langword="null"/> for answers.</param>
/// <param name="Points">The points given.</param>
/// <param name="Citation">The provision the matched answer or band encodes.</param>
public readonly record struct ItemContribution(string Item, string Answer, int? Value, int Points, Citation Citation);
