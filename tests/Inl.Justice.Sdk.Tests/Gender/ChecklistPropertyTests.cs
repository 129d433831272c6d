using System.Collections.Immutable;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inl.Justice.Gender.Checklists;
using Inl.Justice.RulePacks;

namespace Inl.Justice.Tests.Gender;

/// <summary>Properties of scoring and migration over generated valid templates and assessments.</summary>
[Properties(Arbitrary = [typeof(ChecklistArbitraries)], MaxTest = 150)]
public sealed class ChecklistPropertyTests
{
    [Property]
    public bool Generated_cases_are_valid(ChecklistCase c) =>
        c.Template().Validate(c.Assessment(), requireComplete: false).IsEmpty;

    [Property]
    public Property A_response_set_scores_the_same_under_any_item_order(ChecklistCase c, int seed)
    {
        var template = c.Template();
        var assessment = c.Assessment();
        var order = assessment.Responses.ToArray();
        new Random(seed).Shuffle(order);
        var shuffled = assessment with { Responses = [.. order] };
        return ScoringModels.All.All(m => m.Score(template, assessment).Equals(m.Score(template, shuffled)))
            .Label($"order {string.Join(", ", shuffled.Responses.Select(r => r.Item))}");
    }

    [Property]
    public Property Adding_a_not_applicable_answer_never_changes_any_score(ChecklistCase c, NonNegativeInt pick)
    {
        var template = c.Template();
        var assessment = c.Assessment();
        // Items that apply, are unanswered, and whose scale allows n/a: answering one n/a keeps the assessment valid.
        var candidates = template.Items
            .Where(i => i.Scale.NotApplicable is not null && assessment.ResponseTo(i.Id) is null)
            .Select(i => assessment with { Responses = assessment.Responses.Add(new ChecklistResponse(i.Id, i.Scale.NotApplicable!)) })
            .Where(a => template.Validate(a, requireComplete: false).IsEmpty)
            .ToList();
        if (candidates.Count == 0)
        {
            return true.Classify(true, "nothing to add");
        }
        var added = candidates[pick.Get % candidates.Count];
        return ScoringModels.All.All(m =>
        {
            var before = m.Score(template, assessment);
            var after = m.Score(template, added);
            // The scores, not the wording of the reasons (an unanswered minimum criterion becomes one answered n/a).
            return before.Overall == after.Overall && before.Sections.Select(s => s.Score).SequenceEqual(after.Sections.Select(s => s.Score));
        }).Label($"added {added.Responses[^1].Item}");
    }

    [Property]
    public Property A_screening_item_counts_as_if_it_were_not_answered(ChecklistCase c, NonNegativeInt pick)
    {
        // Answered items without a marker that no item depends on: marking one "scored": false must leave every score as
        // it would be without that answer, and it must never be a gap or an item of a comparison.
        var template = c.Template();
        var assessment = c.Assessment();
        var candidates = template.Items
            .Where(i => i.Marker is null && assessment.ResponseTo(i.Id) is not null && !template.Items.Any(d => d.AppliesWhen?.Item == i.Id))
            .Select(i => i.Id)
            .ToList();
        if (candidates.Count == 0)
        {
            return true.Classify(true, "nothing to mark");
        }
        var id = candidates[pick.Get % candidates.Count];
        var json = ChecklistGen.Json(c.Spec, "1.0.0", null);
        json["sections"]!.AsArray().SelectMany(s => s!["items"]!.AsArray()).Single(i => (string)i!["id"]! == id)!["scored"] = false;
        var screening = ChecklistTemplate.Load(ChecklistFixtures.Bytes(json));
        var without = assessment with { Responses = [.. assessment.Responses.Where(r => r.Item != id)] };
        var sameScores = ScoringModels.All.All(m =>
        {
            var marked = m.Score(screening, assessment);
            var removed = m.Score(template, without);
            return marked.Overall == removed.Overall && marked.Sections.Select(s => s.Score).SequenceEqual(removed.Sections.Select(s => s.Score));
        });
        var noGap = GapReport.Create(screening, assessment).Gaps.Select(g => g.Item)
            .SequenceEqual(GapReport.Create(template, without).Gaps.Select(g => g.Item).Where(g => g != id));
        var notCompared = AssessmentComparison.Compare(screening, assessment, assessment).Items.All(i => i.Item != id);
        return sameScores.Label("scores as without the answer")
            .And(noGap.Label("never a gap"))
            .And(notCompared.Label("left out of comparisons"))
            .And(screening.Validate(assessment, requireComplete: false).IsEmpty.Label("still validated and accepted"))
            .Label($"screening {id}");
    }

    [Property]
    public bool Weighted_scores_always_lie_within_the_templates_scale(ChecklistCase c)
    {
        var template = c.Template();
        var card = new WeightedSum().Score(template, c.Assessment());
        bool Within(decimal? v) => v is not { } x || (x >= template.ScoreScale.Min && x <= template.ScoreScale.Max);
        // The mean fraction itself lies within [0, 1] before any clipping, so the rescaled score is not held in by the clip alone.
        var input = ScoringInput.Create(template, c.Assessment());
        bool Unit(decimal? m) => m is not { } x || (x >= 0m && x <= 1m);
        return card.Min == template.ScoreScale.Min && card.Max == template.ScoreScale.Max
            && Within(card.Overall) && card.Sections.All(s => Within(s.Score))
            && Unit(input.WeightedMean(template.Items)) && template.Sections.All(s => Unit(input.WeightedMean(s.Items)));
    }

    [Property]
    public bool Every_model_stays_within_its_own_bounds(ChecklistCase c)
    {
        var template = c.Template();
        return ScoringModels.All.All(m =>
        {
            var card = m.Score(template, c.Assessment());
            return new[] { card.Overall }.Concat(card.Sections.Select(s => s.Score)).All(v => v is not { } x || (x >= card.Min && x <= card.Max));
        });
    }

    [Property]
    public bool Migrating_to_the_same_version_is_the_identity(ChecklistCase c)
    {
        var assessment = c.Assessment();
        var result = ChecklistMigration.Migrate(assessment, c.Template());
        return result.Assessment.Equals(assessment) && result.Notes.IsEmpty;
    }

    /// <summary>Builds version 2.0.0 from the case's fates, with the migration from 1.0.0.</summary>
    private static (ChecklistTemplate Target, Dictionary<string, string> MergedInto) Target(MigrationCase m)
    {
        var old = m.Old.Items;
        var sectionOf = m.Old.Sections.SelectMany((s, k) => s.Select(_ => k)).ToArray();
        var newSections = m.Old.Sections.Select(_ => new List<(string Id, ItemSpec Spec)>()).ToList();
        var changes = new JsonArray();
        var mergedInto = new Dictionary<string, string>(StringComparer.Ordinal);
        JsonArray Ids(params string[] ids) => new([.. ids.Select(i => (JsonNode)i)]);
        for (var i = 0; i < old.Length; i++)
        {
            var id = ChecklistGen.Id(i);
            var spec = old[i];
            var target = newSections[sectionOf[i]];
            switch (m.Fates[i])
            {
                case Fate.Rename:
                    target.Add((id + "r", spec));
                    changes.Add(new JsonObject { ["kind"] = "Renamed", ["from"] = Ids(id), ["to"] = Ids(id + "r") });
                    break;
                case Fate.RenameOntoYesNo:
                    target.Add((id + "y", spec with { Scale = "yes-no" }));
                    changes.Add(new JsonObject { ["kind"] = "Renamed", ["from"] = Ids(id), ["to"] = Ids(id + "y") });
                    break;
                case Fate.Split:
                    target.Add((id + "a", spec));
                    target.Add((id + "b", spec));
                    changes.Add(new JsonObject { ["kind"] = "Split", ["from"] = Ids(id), ["to"] = Ids(id + "a", id + "b") });
                    break;
                case Fate.Remove:
                    changes.Add(new JsonObject { ["kind"] = "Removed", ["from"] = Ids(id), ["reason"] = "gone" });
                    break;
                case Fate.Drop:
                    break;
                case Fate.RenameOntoNext when i + 1 < old.Length && m.Fates[i + 1] == Fate.Keep:
                    changes.Add(new JsonObject { ["kind"] = "Renamed", ["from"] = Ids(id), ["to"] = Ids(ChecklistGen.Id(i + 1)) });
                    break;
                case Fate.KeepNowDependent when i > 0 && newSections.Any(n => n.Any(x => x.Id == ChecklistGen.Id(i - 1))):
                    // DependsOn holds -1 - (old index) until the new positions are known.
                    target.Add((id, spec with { DependsOn = -i, DependsAnswer = ChecklistGen.Options(old[i - 1].Scale)[0] }));
                    break;
                case Fate.MergeWithNext when i + 1 < old.Length:
                    var next = ChecklistGen.Id(i + 1);
                    target.Add(("M" + id, spec));
                    changes.Add(new JsonObject { ["kind"] = "Merged", ["from"] = Ids(id, next), ["to"] = Ids("M" + id) });
                    mergedInto[id] = "M" + id;
                    mergedInto[next] = "M" + id;
                    i++;
                    break;
                default:
                    target.Add((id, spec));
                    break;
            }
        }
        for (var k = 0; k < newSections.Count; k++)
        {
            if (newSections[k].Count == 0)
            {
                newSections[k].Add(("F" + k.ToString(System.Globalization.CultureInfo.InvariantCulture), new ItemSpec("compliance", 1m, null, true, null, null, null)));
            }
        }
        var flat = newSections.SelectMany(s => s).ToList();
        ItemSpec Resolve(ItemSpec s) => s.DependsOn is < 0 and var d ? s with { DependsOn = flat.FindIndex(x => x.Id == ChecklistGen.Id(-1 - d)) } : s;
        var newSpec = m.Old with { Sections = [.. newSections.Select(s => s.Select(x => Resolve(x.Spec)).ToImmutableArray())] };
        var migrations = new JsonArray(new JsonObject { ["from"] = "1.0.0", ["changes"] = changes });
        var json = ChecklistGen.Json(newSpec, "2.0.0", migrations, ids: i => flat[i].Id);
        return (ChecklistTemplate.Load(ChecklistFixtures.Bytes(json)), mergedInto);
    }

    [Property(Arbitrary = [typeof(ChecklistArbitraries)], MaxTest = 150)]
    public Property A_migration_never_drops_a_response_without_reporting_it(MigrationCase m)
    {
        var (target, _) = Target(m);
        var before = ChecklistGen.Assessment("1.0.0", m.Responses);
        var result = ChecklistMigration.Migrate(before, target);
        var everyResponseNoted = before.Responses.All(r => result.Notes.Any(n => n.From.Contains(r.Item)));
        // A carried answer is really there: the same answer on every new item a rename, a split or an unchanged item names,
        // one of the merged answers on a merged item.
        var carriedLanded = result.Notes.Where(n => n.IsCarried).All(n => n.To.All(t =>
            result.Assessment.ResponseTo(t) is { } landed
            && (n.Kind == MigrationNoteKind.Merged ? n.From.Any(f => before.ResponseTo(f)!.Answer == landed.Answer) || result.Notes.Any(o => o.Kind == MigrationNoteKind.Merged && o.To.Contains(t) && before.ResponseTo(o.From[0])!.Answer == landed.Answer)
                                                   : before.ResponseTo(n.From[0])!.Answer == landed.Answer)));
        var valid = target.Validate(result.Assessment, requireComplete: false).IsEmpty;
        return everyResponseNoted.Label("every old response is carried or noted")
            .And(carriedLanded.Label("carried responses are in the migrated assessment"))
            .And(valid.Label("the migrated assessment is valid for the new version"))
            .And((result.Assessment.TemplateKey == "xx-generated@2.0.0").Label("pinned to the target"));
    }

    [Property(Arbitrary = [typeof(ChecklistArbitraries)], MaxTest = 150)]
    public Property Merged_evidence_is_kept(MigrationCase m)
    {
        var (target, mergedInto) = Target(m);
        var before = ChecklistGen.Assessment("1.0.0", m.Responses);
        var after = ChecklistMigration.Migrate(before, target).Assessment;
        var kept = before.Responses
            .Where(r => r.Evidence is not null && mergedInto.ContainsKey(r.Item) && target.TryGetItem(mergedInto[r.Item], out var item) && item.Scale.Allows(r.Answer))
            .All(r => after.ResponseTo(mergedInto[r.Item])?.Evidence?.Contains(r.Evidence!, StringComparison.Ordinal) == true);
        return kept.Classify(mergedInto.Count > 0, "has merges");
    }
}
