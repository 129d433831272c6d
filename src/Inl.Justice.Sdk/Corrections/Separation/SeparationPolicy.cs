using System;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using Inl.Justice.Common;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;
using NodaTime;

namespace Inl.Justice.Corrections.Separation;

/// <summary>
/// A compiled separation policy (for example the UN standards, Nelson Mandela Rules 11 and 112 and Havana Rules 29):
/// rules that keep two groups of prisoners out of the same facility, unit or place, the age below which a prisoner is a
/// child, and the rule broken by holding a prisoner in a unit whose designation does not admit them. Load it from a rule
/// pack; it is immutable and thread-safe, and every evaluation is a pure function of its arguments.
/// </summary>
/// <remarks>
/// <para><see cref="Check"/> returns every violation in a population: one per rule and location, with the prisoners of
/// both groups. <see cref="CanPlace"/> answers whether one prisoner may be placed in a unit or place, with the reasons
/// when not; after the placement, <see cref="Check"/> reports exactly the rules and locations it named.</para>
/// <para>A unit's designation (<see cref="UnitDesignation"/>) is enforced: a prisoner it does not admit breaks every
/// unit-scope rule that keeps them apart from the designated category (a man in a unit designated for women breaks
/// rule 11(a) even when no woman is there), or, when no rule does, the pack's <see cref="DesignationRule"/>.</para>
/// </remarks>
public sealed class SeparationPolicy : IRulePack<SeparationPolicy>
{
    /// <summary>The <c>header.kind</c> of separation packs.</summary>
    public const string Kind = "separation-policy";

    /// <summary>The id of the embedded pack of the UN standards (Nelson Mandela Rules 11 and 112, Havana Rules 11(a) and 29).</summary>
    public const string UnStandardsId = "un-separation-standards";

    private readonly SeparationPackJson document;
    private readonly SeparationEvaluator evaluator;

    internal SeparationPolicy(RulePackHeader header, SeparationPackJson document, Citation childAgeCitation, SeparationEvaluator evaluator)
    {
        Header = header;
        this.document = document;
        this.evaluator = evaluator;
        ChildAgeCitation = childAgeCitation;
    }

    /// <inheritdoc/>
    public static string PackKind => Kind;

    /// <inheritdoc/>
    public RulePackHeader Header { get; }

    /// <summary>Gets the age in completed years below which a prisoner is a child (18 in the UN standards).</summary>
    public int ChildAgeBelow => evaluator.ChildAgeBelow;

    /// <summary>Gets the provision that sets <see cref="ChildAgeBelow"/> (Havana Rules, rule 11(a), in the UN standards).</summary>
    public Citation ChildAgeCitation { get; }

    /// <summary>Gets the separation rules, in pack order.</summary>
    public ImmutableArray<SeparationRule> Rules => evaluator.Rules;

    /// <summary>Gets the rule a prisoner breaks by being held in a unit whose designation does not admit them, when no separation rule applies.</summary>
    public DesignationRule DesignationRule => evaluator.Designation;

    /// <summary>Reads, validates and compiles a separation pack, reporting every problem with its JSON path.</summary>
    /// <param name="utf8Json">The pack as UTF-8 JSON (a byte-order mark is allowed; comments are skipped).</param>
    /// <param name="source">A label for problems, such as the file name.</param>
    public static Validated<SeparationPolicy> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null) =>
        RulePackLoader.Load(utf8Json, source, SeparationPackJsonContext.Default.SeparationPackJson, Kind, SeparationCompiler.Compile);

    /// <summary>Reads, validates and compiles a separation pack.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    public static SeparationPolicy Load(ReadOnlyMemory<byte> utf8Json, string? source = null) => TryLoad(utf8Json, source).Value;

    /// <summary>Reads, validates and compiles a separation pack from a file.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SeparationPolicy LoadFile(string path) => Load(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>Gets the JSON Schema of separation packs, generated from the loader's own metadata (published as <c>docs/schemas/separation-policy.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        SeparationPackJsonContext.Default.SeparationPackJson,
        "https://inl-justice-sdk/schemas/separation-policy.schema.json",
        "Inl.Justice.Sdk separation-policy rule pack",
        "Rules that keep two groups of prisoners (by sex, legal status, age group, security level) out of the same facility, unit or place, the age below which a prisoner is a child, and the rule broken by holding a prisoner in a unit whose designation excludes them, each citing its provision. Rules the schema cannot express (exactly two non-overlapping groups, unique ids, known sources) are checked by the loader; see docs/corrections.md.");

    /// <summary>Writes the pack back as UTF-8 JSON; loading the result gives a policy with identical behaviour.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(document, SeparationPackJsonContext.Default.SeparationPackJson);

    /// <summary>Whether a prisoner is a child or an adult on <paramref name="on"/>: a child is younger than <see cref="ChildAgeBelow"/> completed years.</summary>
    public AgeGroup AgeGroupOf(Resident resident, LocalDate on) => evaluator.AgeGroupOf(Preconditions.CheckNotNull(resident, nameof(resident)).DateOfBirth, on);

    /// <summary>
    /// Checks every placed prisoner of <paramref name="population"/> against the rules: one violation per rule and
    /// location (ordered by rule then location), places over capacity, and a problem for every prisoner whose place is
    /// not a cell or dormitory of <paramref name="plan"/> (such prisoners are left out of the check). Prisoners without a
    /// place are counted and not checked. Runs in time linear in the population.
    /// </summary>
    /// <param name="plan">The housing plan.</param>
    /// <param name="population">The prisoners and their places.</param>
    /// <param name="on">The date ages are computed on.</param>
    /// <param name="populationSource">A label for the problems, such as the register's file name.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SeparationReport Check(HousingPlan plan, PopulationRegister population, LocalDate on, string? populationSource = null)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(population, nameof(population));
        return evaluator.Check(plan, population, on, populationSource, Header.Key);
    }

    /// <summary>
    /// Answers whether <paramref name="resident"/> may be placed in a unit or place: every rule the placement would break
    /// (the unit's designation; every rule at the scope of the target place, its unit and its facility; place-scope rules
    /// only when a place is given), with the prisoners already there each rule keeps apart from the newcomer, and
    /// whether a given place has room. The register entry with the same id (the newcomer's current placement) is ignored.
    /// </summary>
    /// <param name="resident">The prisoner to place; their own <see cref="Resident.Place"/> is ignored.</param>
    /// <param name="unitOrPlaceId">The id of a unit or a place (cell or dormitory) of <paramref name="plan"/>.</param>
    /// <param name="plan">The housing plan.</param>
    /// <param name="population">The prisoners already held and their places.</param>
    /// <param name="on">The date ages are computed on.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unitOrPlaceId"/> is not a unit or place of the plan (see <see cref="HousingPlan.TryLocate"/>).</exception>
    public PlacementDecision CanPlace(Resident resident, string unitOrPlaceId, HousingPlan plan, PopulationRegister population, LocalDate on)
    {
        Preconditions.CheckNotNull(resident, nameof(resident));
        Preconditions.CheckNotNull(unitOrPlaceId, nameof(unitOrPlaceId));
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(population, nameof(population));
        return evaluator.CanPlace(resident, unitOrPlaceId, plan, population, on);
    }
}
