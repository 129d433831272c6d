using System.Collections.Immutable;
using Inl.Justice.RulePacks;

namespace Inl.Justice.Gender.Checklists;

/// <summary>How responses to an earlier version of a template map onto this version. Items not named keep their id.</summary>
/// <param name="From">The earlier version.</param>
/// <param name="Changes">The changes, in template order.</param>
public sealed record TemplateMigration(PackVersion From, ImmutableArray<ItemChange> Changes);
