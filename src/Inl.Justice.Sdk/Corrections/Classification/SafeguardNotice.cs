using Inl.Justice.Common;

namespace Inl.Justice.Corrections.Classification;

/// <summary>A safeguard that applies to one classification, e.g. a Bangkok Rules requirement for a woman prisoner.</summary>
/// <param name="Rule">The safeguard's id in its pack, e.g. <c>bangkok-41d</c>.</param>
/// <param name="Kind">What the notice asks.</param>
/// <param name="Message">The notice in words.</param>
/// <param name="Citation">The provision behind it.</param>
public sealed record SafeguardNotice(string Rule, SafeguardKind Kind, string Message, Citation Citation);
