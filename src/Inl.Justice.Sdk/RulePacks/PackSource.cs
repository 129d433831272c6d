namespace Inl.Justice.RulePacks;

/// <summary>A document a pack's rules are taken from, referenced by id from each rule's citation.</summary>
/// <param name="Id">The id citations use to refer to this source.</param>
/// <param name="Title">The document's title, e.g. <c>Program Statement 5100.08, Inmate Security Designation and Custody Classification</c>.</param>
/// <param name="Url">Where the document is published, or <see langword="null"/>.</param>
/// <param name="Note">How the source was used or what could not be read, or <see langword="null"/>.</param>
public sealed record PackSource(string Id, string Title, string? Url = null, string? Note = null);
