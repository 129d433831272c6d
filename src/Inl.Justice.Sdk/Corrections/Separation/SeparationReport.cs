using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// The result of checking a population against a housing plan and a separation policy: every rule broken (who, where,
/// which rule, citation), every place over capacity, and every prisoner who could not be checked (with the JSON path of
/// the register entry). Violations are ordered by rule (pack order, the designation rule last) then location, and
/// prisoners by id, so a report does not depend on the order of the register or the plan.
/// </summary>
public sealed record SeparationReport
{
    /// <summary>Gets the policy as <c>id@version</c>.</summary>
    public required string Policy { get; init; }

    /// <summary>Gets the date ages were computed on.</summary>
    public required LocalDate CheckedOn { get; init; }

    /// <summary>Gets the number of prisoners in the register.</summary>
    public required int ResidentCount { get; init; }

    /// <summary>Gets the number of prisoners with no place recorded (not checked).</summary>
    public required int UnplacedCount { get; init; }

    /// <summary>Gets every rule broken, one entry per rule and location.</summary>
    public required ImmutableArray<SeparationViolation> Violations { get; init; }

    /// <summary>Gets every place holding more prisoners than its capacity, ordered by location.</summary>
    public required ImmutableArray<OvercrowdedPlace> Overcrowding { get; init; }

    /// <summary>Gets the prisoners that could not be checked (a place not in the plan) or whose data is inconsistent (born after the check date).</summary>
    public required ImmutableArray<Problem> Problems { get; init; }

    /// <summary>Gets a value indicating whether there are no violations (mandatory or advisory), no overcrowding and no problems.</summary>
    public bool IsClean => Violations.IsEmpty && Overcrowding.IsEmpty && Problems.IsEmpty;

    /// <summary>Gets a value indicating whether any mandatory rule is broken.</summary>
    public bool HasMandatoryViolations => Violations.Any(v => v.Severity == SeparationSeverity.Mandatory);

    /// <summary>Value equality, including the contents of the collections.</summary>
    public bool Equals(SeparationReport? other) =>
        other is not null && Policy == other.Policy && CheckedOn == other.CheckedOn && ResidentCount == other.ResidentCount
        && UnplacedCount == other.UnplacedCount && Violations.SequenceEqual(other.Violations)
        && Overcrowding.SequenceEqual(other.Overcrowding) && Problems.SequenceEqual(other.Problems);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Policy, CheckedOn, ResidentCount, Violations.Length);

    /// <summary>
    /// Describes the report for people: a heading with the counts, then one line per violation, overcrowded place and
    /// problem.
    /// </summary>
    public string ToSummary()
    {
        var mandatory = Violations.Count(v => v.Severity == SeparationSeverity.Mandatory);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Separation check of {ResidentCount} prisoner(s) ({UnplacedCount} not placed) against {Policy} on {CheckedOn:uuuu-MM-dd}: ");
        text.Append(IsClean
            ? "no violations."
            : $"{mandatory} mandatory violation(s), {Violations.Length - mandatory} advisory, {Overcrowding.Length} overcrowded place(s), {Problems.Length} problem(s).");
        foreach (var line in Violations.Select(v => v.ToString()).Concat(Overcrowding.Select(o => o.ToString())).Concat(Problems.Select(p => "PROBLEM " + p)))
        {
            text.Append('\n').Append("  ").Append(line);
        }
        return text.Append('\n').ToString();
    }

    /// <summary>Writes the report as indented UTF-8 JSON, in the form <see cref="TryLoad"/> reads.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(
        new SeparationReportJson(
            Policy,
            CheckedOn,
            ResidentCount,
            UnplacedCount,
            [.. Violations.Select(v => new ViolationJson(
                v.Rule, v.Title, v.Severity, CitationJson.From(v.Citation), v.Scope, Location(v.Location), v.SideA, v.SideB,
                Ids(v.GroupA), Ids(v.GroupB), v.AgainstDesignation.IsEmpty ? null : Ids(v.AgainstDesignation)))],
            [.. Overcrowding.Select(o => new OvercrowdingJson(Location(o.Location), o.Kind, o.Capacity, Ids(o.Occupants)))],
            [.. Problems.Select(p => new ProblemJson(p.Path, p.Message, p.Source, p.Line, p.Column))]),
        SeparationReportJsonContext.Default.SeparationReportJson);

    /// <summary>Reads a report written by <see cref="ToJson"/>, reporting every problem with its JSON path.</summary>
    /// <param name="utf8Json">The report as UTF-8 JSON.</param>
    /// <param name="source">A label for problems, such as the file name.</param>
    public static Validated<SeparationReport> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null)
    {
        var problems = new ProblemSink(source);
        var json = JsonDocumentReader.Read(utf8Json, SeparationReportJsonContext.Default.SeparationReportJson, problems);
        if (json is null)
        {
            return Validated<SeparationReport>.Failure(problems.ToImmutable());
        }
        var violations = ImmutableArray.CreateBuilder<SeparationViolation>(json.Violations.Length);
        for (var i = 0; i < json.Violations.Length; i++)
        {
            var v = json.Violations[i];
            var path = JsonShape.Index("$.violations", i);
            var before = problems.Count;
            var location = ReadLocation(v.Location, path + ".location", problems);
            if (location is { } l && l.Scope != v.Scope)
            {
                problems.Add(path + ".scope", $"scope {v.Scope} does not match the location {l} (a {l.Scope})");
            }
            if (string.IsNullOrWhiteSpace(v.Citation.Provision))
            {
                problems.Add(path + ".citation.provision", "the provision is required");
            }
            var groupA = ReadIds(v.GroupA, path + ".groupA", problems);
            var groupB = ReadIds(v.GroupB, path + ".groupB", problems);
            var against = ReadIds(v.AgainstDesignation ?? [], path + ".againstDesignation", problems);
            if (problems.Count == before)
            {
                violations.Add(new SeparationViolation
                {
                    Rule = v.Rule,
                    Title = v.Title,
                    Severity = v.Severity,
                    Citation = v.Citation.ToCitation(),
                    Location = location!.Value,
                    SideA = v.SideA,
                    SideB = v.SideB,
                    GroupA = groupA,
                    GroupB = groupB,
                    AgainstDesignation = against,
                });
            }
        }
        var overcrowding = ImmutableArray.CreateBuilder<OvercrowdedPlace>(json.Overcrowding.Length);
        for (var i = 0; i < json.Overcrowding.Length; i++)
        {
            var o = json.Overcrowding[i];
            var path = JsonShape.Index("$.overcrowding", i);
            var before = problems.Count;
            var location = ReadLocation(o.Location, path + ".location", problems);
            if (location is { Scope: not SeparationScope.Place })
            {
                problems.Add(path + ".location", "an overcrowded location is a place (facility, unit and place)");
            }
            var occupants = ReadIds(o.Occupants, path + ".occupants", problems);
            if (problems.Count == before)
            {
                overcrowding.Add(new OvercrowdedPlace { Location = location!.Value, Kind = o.Kind, Capacity = o.Capacity, Occupants = occupants });
            }
        }
        if (problems.HasProblems)
        {
            return Validated<SeparationReport>.Failure(problems.ToImmutable());
        }
        return Validated<SeparationReport>.Success(new SeparationReport
        {
            Policy = json.Policy,
            CheckedOn = json.CheckedOn,
            ResidentCount = json.Residents,
            UnplacedCount = json.Unplaced,
            Violations = violations.ToImmutable(),
            Overcrowding = overcrowding.ToImmutable(),
            Problems = [.. json.Problems.Select(p => new Problem(p.Source, p.Path, p.Message, p.Line, p.Column))],
        });
    }

    private static string[] Ids(ImmutableArray<PersonId> ids) => [.. ids.Select(id => id.Value)];

    private static LocationJson Location(HousingLocation l) => new(l.FacilityId, l.UnitId, l.PlaceId);

    private static HousingLocation? ReadLocation(LocationJson json, string path, ProblemSink problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(json.Facility))
        {
            problems.Add(path + ".facility", "the facility id is required");
        }
        if (json.Unit is not null && string.IsNullOrWhiteSpace(json.Unit))
        {
            problems.Add(path + ".unit", "must not be blank (omit it instead)");
        }
        if (json.Place is not null && (string.IsNullOrWhiteSpace(json.Place) || json.Unit is null))
        {
            problems.Add(path + ".place", json.Unit is null ? "a place needs its unit" : "must not be blank (omit it instead)");
        }
        return problems.Count == before ? new HousingLocation(json.Facility, json.Unit, json.Place) : null;
    }

    private static ImmutableArray<PersonId> ReadIds(string[] ids, string path, ProblemSink problems)
    {
        var result = ImmutableArray.CreateBuilder<PersonId>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            if (PersonId.Check(ids[i]) is { } problem)
            {
                problems.Add(JsonShape.Index(path, i), problem);
            }
            else
            {
                result.Add(new PersonId(ids[i]));
            }
        }
        return result.ToImmutable();
    }
}
