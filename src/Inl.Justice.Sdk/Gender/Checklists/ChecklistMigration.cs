using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;

namespace Inl.Justice.Gender.Checklists;

/// <summary>
/// Moves an assessment to a later version of its template with the target's <c>migrations</c>, chaining through
/// intermediate versions held in a <see cref="RulePackCatalog"/> (1.0.0 → 1.1.0 → 2.0.0). Nothing is lost silently: every
/// response of the original is either carried (unchanged, renamed, split, merged) or reported (removed with the reason,
/// unmapped, or an answer outside the new item's scale), in <see cref="MigrationResult.Notes"/>.
/// </summary>
/// <remarks>
/// Answers are read on the new item's scale. Where several responses land on one item (a merge) the lowest fraction wins
/// (a real answer over "not applicable"), the evidence is concatenated with each earlier item's id, and the references are
/// united. Where responses of different changes land on one item (a rename onto an id the earlier version still used)
/// the lowest answer is kept and the others are reported <see cref="MigrationNoteKind.Superseded"/>; an answer to an item
/// that does not apply in the new version is reported <see cref="MigrationNoteKind.DoesNotApply"/>. The result is always
/// valid for the new version, except that required items new in it are unanswered. Migrated responses are in the new
/// template's item order.
/// </remarks>
public static class ChecklistMigration
{
    /// <summary>Migrates <paramref name="assessment"/> to <paramref name="target"/>'s version; same version is the identity.</summary>
    /// <param name="assessment">The assessment to migrate.</param>
    /// <param name="target">The template version to migrate to.</param>
    /// <param name="catalog">Where intermediate versions are looked up when the target has no migration from the assessment's version.</param>
    /// <returns>
    /// The result, or a problem at <c>$.template</c> when the template differs, the target is older, or no chain of
    /// migrations exists; or the problems of an intermediate version in the catalogue that does not compile.
    /// </returns>
    public static Validated<MigrationResult> TryMigrate(Assessment assessment, ChecklistTemplate target, RulePackCatalog? catalog = null)
    {
        Preconditions.CheckNotNull(assessment, nameof(assessment));
        Preconditions.CheckNotNull(target, nameof(target));
        Validated<MigrationResult> Fail(string message) => Validated<MigrationResult>.Failure([new Problem(null, "$.template", message)]);
        if (assessment.TemplateId != target.Header.Id)
        {
            return Fail($"the assessment answers template '{assessment.TemplateId}', not '{target.Header.Id}'");
        }
        if (assessment.TemplateVersion == target.Header.Version)
        {
            return Validated<MigrationResult>.Success(new MigrationResult(assessment, [], [target.Header.Version]));
        }
        if (assessment.TemplateVersion > target.Header.Version)
        {
            return Fail($"cannot migrate {assessment.TemplateKey} back to the earlier {target.Header.Key}");
        }
        List<ChecklistTemplate>? chain;
        try
        {
            chain = Chain(assessment.TemplateVersion, target, catalog ?? RulePackCatalog.Empty, 0);
        }
        catch (RulePackException ex)
        {
            // An intermediate version in the catalogue does not compile: say which, rather than skip it.
            return Validated<MigrationResult>.Failure(ex.Problems.IsDefaultOrEmpty ? [new Problem(null, "$.template", ex.Message)] : ex.Problems);
        }
        if (chain is null)
        {
            var known = target.Migrations.IsEmpty ? "none" : string.Join(", ", target.Migrations.Select(m => m.From.ToString()));
            return Fail($"no chain of migrations leads from {assessment.TemplateKey} to {target.Header.Key} ({target.Header.Key} migrates from: {known}" +
                (catalog is null ? "; pass a catalogue holding the intermediate versions" : string.Empty) + ")");
        }
        var notes = ImmutableArray.CreateBuilder<MigrationNote>();
        var current = assessment;
        var steps = ImmutableArray.CreateBuilder<PackVersion>();
        steps.Add(assessment.TemplateVersion);
        foreach (var step in chain)
        {
            current = Step(current, step, notes);
            steps.Add(step.Header.Version);
        }
        return Validated<MigrationResult>.Success(new MigrationResult(current, notes.ToImmutable(), steps.ToImmutable()));
    }

    /// <summary>Migrates <paramref name="assessment"/> to <paramref name="target"/>'s version.</summary>
    /// <exception cref="RulePackException">The assessment cannot be migrated to that template; the problem says why.</exception>
    public static MigrationResult Migrate(Assessment assessment, ChecklistTemplate target, RulePackCatalog? catalog = null) =>
        TryMigrate(assessment, target, catalog).Value;

    /// <summary>The templates to apply in order, or null. Prefers a direct migration, then the latest intermediate version.</summary>
    private static List<ChecklistTemplate>? Chain(PackVersion from, ChecklistTemplate target, RulePackCatalog catalog, int depth)
    {
        if (depth > 64)
        {
            return null;
        }
        if (target.Migrations.Any(m => m.From == from))
        {
            return [target];
        }
        foreach (var via in target.Migrations.Select(m => m.From).Where(v => v > from).OrderDescending())
        {
            var header = catalog.Packs.FirstOrDefault(h => h.Id == target.Header.Id && h.Kind == ChecklistTemplate.Kind && h.Version == via);
            if (header is null)
            {
                continue;
            }
            var intermediate = catalog.Get<ChecklistTemplate>(target.Header.Id, via);
            if (Chain(from, intermediate, catalog, depth + 1) is { } head)
            {
                head.Add(target);
                return head;
            }
        }
        return null;
    }

    /// <summary>A response on its way to a new item: which earlier item it came from, by which change, and its note.</summary>
    private sealed class Candidate(string oldItem, ChecklistResponse response, object source)
    {
        public string OldItem { get; } = oldItem;

        public ChecklistResponse Response { get; } = response;

        /// <summary>The change that carried it, or the old item's id when it was carried unchanged.</summary>
        public object Source { get; } = source;

        /// <summary>The index of the note that says it was carried.</summary>
        public int NoteIndex { get; set; } = -1;
    }

    private static Assessment Step(Assessment assessment, ChecklistTemplate target, ImmutableArray<MigrationNote>.Builder notes)
    {
        var fromVersion = assessment.TemplateVersion;
        var toVersion = target.Header.Version;
        var migration = target.Migrations.First(m => m.From == fromVersion);
        var changeOf = new Dictionary<string, ItemChange>(StringComparer.Ordinal);
        foreach (var change in migration.Changes)
        {
            foreach (var old in change.From)
            {
                changeOf[old] = change;
            }
        }
        var landing = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var mergedNoted = new HashSet<ItemChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Note(MigrationNoteKind kind, IEnumerable<string> from, IEnumerable<string> to, string message) =>
            notes.Add(new MigrationNote(kind, fromVersion, toVersion, [.. from], [.. to], message));

        var pending = new List<Candidate>();

        // Lands a response on a new item when its answer is on that item's scale; says so otherwise.
        bool Land(ChecklistResponse r, string newItem, object source)
        {
            var item = target.TryGetItem(newItem, out var found) ? found : null;
            if (item is null || !item.Scale.Allows(r.Answer))
            {
                Note(MigrationNoteKind.AnswerOutsideScale, [r.Item], [],
                    $"{r.Item} was answered '{r.Answer}', which is not an answer of {newItem}'s scale" +
                    (item is null ? string.Empty : $" '{item.Scale.Id}'") + $" in {target.Header.Key}; answer {newItem} again" + Evidence(r));
                return false;
            }
            if (!landing.TryGetValue(newItem, out var list))
            {
                landing[newItem] = list = [];
            }
            var candidate = new Candidate(r.Item, r with { Item = newItem }, source);
            list.Add(candidate);
            pending.Add(candidate);
            return true;
        }

        // The note just added is the one that says the pending candidates were carried.
        void Carried(MigrationNoteKind kind, IEnumerable<string> from, IEnumerable<string> to, string message)
        {
            Note(kind, from, to, message);
            foreach (var c in pending)
            {
                c.NoteIndex = notes.Count - 1;
            }
            pending.Clear();
        }

        foreach (var r in assessment.Responses)
        {
            if (!seen.Add(r.Item))
            {
                Note(MigrationNoteKind.Unmapped, [r.Item], [], $"{r.Item} was answered twice; only the first response was migrated; this one was '{r.Answer}'" + Evidence(r));
                continue;
            }
            if (changeOf.TryGetValue(r.Item, out var change))
            {
                switch (change.Kind)
                {
                    case ItemChangeKind.Renamed:
                        var renamed = change.To[change.From.IndexOf(r.Item)];
                        if (Land(r, renamed, change))
                        {
                            Carried(MigrationNoteKind.Renamed, [r.Item], [renamed], $"{r.Item} is now {renamed}");
                        }
                        break;
                    case ItemChangeKind.Split:
                        var landed = change.To.Where(to => Land(r, to, change)).ToList();
                        if (landed.Count > 0)
                        {
                            Carried(MigrationNoteKind.Split, [r.Item], landed, $"{r.Item} was split; its answer '{r.Answer}' was copied to {string.Join(", ", landed)}");
                        }
                        break;
                    case ItemChangeKind.Merged:
                        if (Land(r, change.To[0], change))
                        {
                            Carried(MigrationNoteKind.Merged, [r.Item], [change.To[0]], $"{r.Item} ('{r.Answer}') was merged into {change.To[0]} (with {string.Join(", ", change.From.Where(f => f != r.Item))}); the lowest answer counts");
                        }
                        break;
                    default:
                        Note(MigrationNoteKind.Removed, [r.Item], [], $"{r.Item} was removed: {change.Reason?.TrimEnd('.')}; its answer was '{r.Answer}'" + Evidence(r));
                        break;
                }
            }
            else if (target.TryGetItem(r.Item, out _))
            {
                if (Land(r, r.Item, r.Item))
                {
                    Carried(MigrationNoteKind.Unchanged, [r.Item], [r.Item], $"{r.Item} carried unchanged");
                }
            }
            else
            {
                Note(MigrationNoteKind.Unmapped, [r.Item], [], $"{r.Item} is not in {target.Header.Key} and no migration maps it; its answer was '{r.Answer}'" + Evidence(r));
            }
        }

        var responses = ImmutableArray.CreateBuilder<ChecklistResponse>();
        var keptOf = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        foreach (var item in target.Items)
        {
            if (!landing.TryGetValue(item.Id, out var candidates))
            {
                continue;
            }
            // Candidates of one change (a merge) combine; candidates of different sources collide: the lowest answer's
            // source is kept and every other source is reported as superseded, never dropped silently.
            var winner = Lowest(item, candidates);
            var kept = candidates.Where(c => c.Source == winner.Source).ToList();
            responses.Add(kept.Count == 1 ? kept[0].Response : Merge(item, kept));
            keptOf[item.Id] = kept;
            foreach (var lost in candidates.Where(c => c.Source != winner.Source))
            {
                Uncarry(lost, item.Id, notes, new MigrationNote(MigrationNoteKind.Superseded, fromVersion, toVersion, [lost.OldItem], [],
                    $"{lost.OldItem}'s answer '{lost.Response.Answer}' was not carried to {item.Id}: {winner.OldItem}'s answer '{winner.Response.Answer}' also lands on it and the lower answer counts; check {item.Id}" + Evidence(lost.Response)));
            }
        }
        var migrated = assessment with { TemplateVersion = toVersion, Responses = responses.ToImmutable() };

        // An answer to an item that does not apply in the new version (its dependency changed) is reported, not kept:
        // the migrated assessment must be one the new version accepts.
        var states = new ItemStates(target, migrated);
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in target.Items)
        {
            if (states[item].Kind != ItemStateKind.DoesNotApply || !keptOf.TryGetValue(item.Id, out var kept))
            {
                continue;
            }
            dropped.Add(item.Id);
            var dependency = item.AppliesWhen!;
            var parentApplies = !target.TryGetItem(dependency.Item, out var parentItem) || states[parentItem].Kind != ItemStateKind.DoesNotApply;
            var parent = parentApplies ? migrated.ResponseTo(dependency.Item)?.Answer : null;
            var parentSays = !parentApplies ? "does not apply either" : parent is null ? "is not answered" : $"is '{parent}'";
            foreach (var c in kept)
            {
                Uncarry(c, item.Id, notes, new MigrationNote(MigrationNoteKind.DoesNotApply, fromVersion, toVersion, [c.OldItem], [],
                    $"{c.OldItem}'s answer '{c.Response.Answer}' was not carried to {item.Id}: in {target.Header.Key} {item.Id} applies only when {dependency.Item} is " +
                    $"{string.Join(" or ", dependency.AnswerIn.Select(a => $"'{a}'"))}, and {dependency.Item} {parentSays}" + Evidence(c.Response)));
            }
        }
        return dropped.Count == 0 ? migrated : migrated with { Responses = [.. migrated.Responses.Where(r => !dropped.Contains(r.Item))] };
    }

    /// <summary>Replaces the carried note of <paramref name="lost"/> for <paramref name="newItem"/> by <paramref name="replacement"/>.</summary>
    private static void Uncarry(Candidate lost, string newItem, ImmutableArray<MigrationNote>.Builder notes, MigrationNote replacement)
    {
        var note = notes[lost.NoteIndex];
        if (!note.IsCarried || !note.To.Contains(newItem))
        {
            // Already uncarried for another of its new items (a split): add this one.
            notes.Add(replacement);
            return;
        }
        var rest = note.To.Remove(newItem);
        if (rest.IsEmpty)
        {
            notes[lost.NoteIndex] = replacement;
            return;
        }
        // A split still carried the answer to its other new items.
        notes[lost.NoteIndex] = note with { To = rest, Message = $"{lost.OldItem} was split; its answer '{lost.Response.Answer}' was copied to {string.Join(", ", rest)}" };
        notes.Add(replacement);
    }

    /// <summary>The candidate with the lowest answer on the item's scale (a real answer over "not applicable"); the first among equals.</summary>
    private static Candidate Lowest(ChecklistItem item, List<Candidate> candidates)
    {
        var real = candidates.Where(c => item.Scale.Option(c.Response.Answer) is not null).ToList();
        return real.Count == 0 ? candidates[0] : real.OrderBy(c => item.Scale.Option(c.Response.Answer)!.Fraction).First();
    }

    /// <summary>The lowest answer (a real answer over "not applicable"), all evidence labelled with its item, all references.</summary>
    private static ChecklistResponse Merge(ChecklistItem item, List<Candidate> candidates)
    {
        var lowest = Lowest(item, candidates);
        var evidence = candidates.Where(c => !string.IsNullOrWhiteSpace(c.Response.Evidence)).Select(c => $"[{c.OldItem}] {c.Response.Evidence}").ToList();
        var references = candidates.SelectMany(c => c.Response.References).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new ChecklistResponse(item.Id, lowest.Response.Answer, evidence.Count == 0 ? null : string.Join("\n", evidence), references);
    }

    private static string Evidence(ChecklistResponse r) =>
        (string.IsNullOrWhiteSpace(r.Evidence) ? string.Empty : $"; evidence: {r.Evidence}")
        + (r.References.IsDefaultOrEmpty ? string.Empty : $"; references: {string.Join(", ", r.References)}");
}
