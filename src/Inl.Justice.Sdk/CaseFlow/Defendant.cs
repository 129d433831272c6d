using Inl.Justice.Common;

namespace Inl.Justice.CaseFlow;

/// <summary>A defendant of a case.</summary>
/// <param name="Id">The defendant's id within the case.</param>
/// <param name="Name">A display name, or <see langword="null"/>.</param>
public sealed record Defendant(PersonId Id, string? Name = null);
