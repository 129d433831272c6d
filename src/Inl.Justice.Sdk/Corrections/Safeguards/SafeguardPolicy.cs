using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Inl.Justice.Common;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.RulePacks;
using Inl.Justice.Serialization;

namespace Inl.Justice.Corrections.Safeguards;

/// <summary>
/// Gender-sensitive safeguards from a pack (default <c>un-bangkok-safeguards</c>: Bangkok Rules 40–41 and 22): the facts a
/// woman's classification needs, the rule that a woman with mental-health needs is held at the lowest level possible,
/// and the regimes forbidden for pregnant women, women with infants and breastfeeding mothers. Immutable and thread-safe.
/// </summary>
public sealed class SafeguardPolicy : IRulePack<SafeguardPolicy>
{
    /// <summary>The <c>header.kind</c> of safeguard packs.</summary>
    public const string Kind = "gender-safeguards";

    private readonly ImmutableArray<Sex> appliesTo;
    private readonly ImmutableArray<(string Id, GenderFact Fact, Citation Citation)> requiredFacts;
    private readonly (string Id, Citation Citation)? lowestLevel;
    private readonly ImmutableArray<(string Id, ImmutableArray<GenderFact> When, ImmutableArray<Regime> Prohibited, Citation Citation)> restrictions;

    private SafeguardPolicy(
        RulePackHeader header,
        ImmutableArray<Sex> appliesTo,
        ImmutableArray<(string, GenderFact, Citation)> requiredFacts,
        (string, Citation)? lowestLevel,
        ImmutableArray<(string, ImmutableArray<GenderFact>, ImmutableArray<Regime>, Citation)> restrictions)
    {
        Header = header;
        this.appliesTo = appliesTo;
        this.requiredFacts = requiredFacts;
        this.lowestLevel = lowestLevel;
        this.restrictions = restrictions;
    }

    /// <inheritdoc/>
    public static string PackKind => Kind;

    /// <inheritdoc/>
    public RulePackHeader Header { get; }

    /// <summary>Gets the JSON Schema of safeguard packs (published as <c>docs/schemas/gender-safeguards.schema.json</c>).</summary>
    public static string JsonSchema => JsonSchemas.Generate(
        SafeguardPackJsonContext.Default.SafeguardPackJson,
        "https://inl-justice-sdk/schemas/gender-safeguards.schema.json",
        "Inl.Justice.Sdk gender-safeguards rule pack",
        "Gender-sensitive classification safeguards: required facts, lowest level for mental-health needs, forbidden regimes.");

    /// <summary>Reads, validates and compiles a safeguard pack, reporting every problem with its JSON path.</summary>
    public static Validated<SafeguardPolicy> TryLoad(ReadOnlyMemory<byte> utf8Json, string? source = null) =>
        RulePackLoader.Load(utf8Json, source, SafeguardPackJsonContext.Default.SafeguardPackJson, Kind, Compile);

    /// <summary>Reads, validates and compiles a safeguard pack.</summary>
    /// <exception cref="RulePackException">The pack has problems; all of them are listed.</exception>
    public static SafeguardPolicy Load(ReadOnlyMemory<byte> utf8Json, string? source = null) => TryLoad(utf8Json, source).Value;

    /// <summary>Reads a safeguard pack from a file.</summary>
    /// <exception cref="RulePackException">The pack has problems.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SafeguardPolicy LoadFile(string path) => Load(File.ReadAllBytes(Preconditions.CheckNotNull(path, nameof(path))), path);

    /// <summary>
    /// Returns <paramref name="result"/> carrying the safeguards that apply to <paramref name="profile"/>: missing required
    /// facts, a warning when a woman with mental-health needs is placed above the level her score gives (Bangkok 41(d)),
    /// and the regimes forbidden for her (Bangkok 22). Profiles of other populations get no notices.
    /// </summary>
    /// <exception cref="ArgumentException">The result is not the profile's.</exception>
    public ClassificationResult Apply(ClassificationResult result, PrisonerProfile profile)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        Preconditions.CheckNotNull(profile, nameof(profile));
        Preconditions.CheckArgument(result.Person == profile.Id, nameof(result), "The result belongs to another prisoner");
        if (!appliesTo.Contains(profile.Sex))
        {
            return result;
        }
        var notices = ImmutableArray.CreateBuilder<SafeguardNotice>();
        foreach (var (id, fact, citation) in requiredFacts)
        {
            if (Value(profile, fact) is null)
            {
                notices.Add(new SafeguardNotice(id, SafeguardKind.MissingFact, $"{Words(fact)} is not recorded; the standard needs it for allocation and sentence planning", citation));
            }
        }
        if (lowestLevel is { } lowest && profile.MentalHealthNeeds == true && result.Level > result.ScoredLevel)
        {
            var why = result.IsOverridden ? $"an override ({result.Override!.ReasonCode})" : "floors (" + string.Join(", ", result.Floors.Where(f => f.Binding).Select(f => f.Rule)) + ")";
            notices.Add(new SafeguardNotice(lowest.Id, SafeguardKind.Warning,
                $"placed at {result.Level}, above the {result.ScoredLevel} her score gives, by {why}; a woman with mental-health needs is to be held at the lowest level possible and never higher because of them: record why the higher level is needed",
                lowest.Citation));
        }
        foreach (var (id, when, prohibited, citation) in restrictions)
        {
            var held = when.Where(f => Value(profile, f) == true).ToArray();
            if (held.Length > 0)
            {
                notices.Add(new SafeguardNotice(id, SafeguardKind.Restriction,
                    $"{string.Join(" and ", held.Select(Words))}: must not be held in {string.Join(" or ", prohibited.Select(Words))}", citation));
            }
        }
        return notices.Count == 0 ? result : result with { Safeguards = result.Safeguards.AddRange(notices) };
    }

    /// <summary>
    /// Finds the residents held under a regime the policy forbids for them (a confirmed finding), and those held under such a
    /// regime whose deciding facts are not recorded (an unconfirmed finding, to be checked). Sorted by prisoner id.
    /// </summary>
    public ImmutableArray<RegimeFinding> CheckRegimes(PopulationRegister register)
    {
        Preconditions.CheckNotNull(register, nameof(register));
        var findings = new List<RegimeFinding>();
        foreach (var r in register.Prisoners.Where(r => appliesTo.Contains(r.Sex)))
        {
            foreach (var (id, when, prohibited, citation) in restrictions)
            {
                if (!prohibited.Contains(r.Regime))
                {
                    continue;
                }
                var values = when.Select(f => (Fact: f, Value: Value(r, f))).ToArray();
                var held = values.Where(v => v.Value == true).Select(v => v.Fact).ToImmutableArray();
                if (held.Length > 0)
                {
                    findings.Add(new RegimeFinding(r.Id, r.Regime, id, held, true, citation));
                }
                else if (values.Any(v => v.Value is null))
                {
                    findings.Add(new RegimeFinding(r.Id, r.Regime, id, [], false, citation));
                }
            }
        }
        return [.. findings.OrderBy(f => f.Person).ThenBy(f => f.Rule, StringComparer.Ordinal)];
    }

    private static bool? Value(PrisonerProfile p, GenderFact fact) => fact switch
    {
        GenderFact.CaretakingResponsibilities => p.CaretakingResponsibilities,
        GenderFact.VictimisationHistory => p.VictimisationHistory,
        GenderFact.MentalHealthNeeds => p.MentalHealthNeeds,
        GenderFact.Pregnant => p.Pregnant,
        GenderFact.Breastfeeding => p.Breastfeeding,
        _ => p.WithInfant,
    };

    private static bool? Value(Resident r, GenderFact fact) => fact switch
    {
        GenderFact.Pregnant => r.Pregnant,
        GenderFact.Breastfeeding => r.Breastfeeding,
        GenderFact.WithInfant => r.WithInfant,
        _ => null,
    };

    private static string Words(GenderFact fact) => fact switch
    {
        GenderFact.CaretakingResponsibilities => "caretaking responsibilities",
        GenderFact.VictimisationHistory => "history of violence suffered",
        GenderFact.MentalHealthNeeds => "mental-health needs",
        GenderFact.Pregnant => "pregnant",
        GenderFact.Breastfeeding => "breastfeeding",
        _ => "with an infant",
    };

    private static string Words(Regime regime) => regime switch
    {
        Regime.CloseConfinement => "close confinement",
        Regime.DisciplinarySegregation => "disciplinary segregation",
        _ => "the ordinary regime",
    };

    private static SafeguardPolicy? Compile(SafeguardPackJson doc, RulePackHeader? header, ProblemSink problems)
    {
        var before = problems.Count;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        void Id(string id, string path)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                problems.Add(path, "an id is required");
            }
            else if (!ids.Add(id))
            {
                problems.Add(path, $"duplicate id '{id}'");
            }
        }
        if (doc.AppliesTo.Length == 0)
        {
            problems.Add("$.appliesTo", "name at least one population");
        }
        var facts = ImmutableArray.CreateBuilder<(string, GenderFact, Citation)>();
        for (var i = 0; i < doc.RequiredFacts.Length; i++)
        {
            var f = doc.RequiredFacts[i];
            var path = JsonShape.Index("$.requiredFacts", i);
            Id(f.Id, path + ".id");
            if (doc.RequiredFacts.Take(i).Any(x => x.Fact == f.Fact))
            {
                problems.Add(path + ".fact", $"{f.Fact} is already required");
            }
            if (CitationJson.Compile(f.Citation, path + ".citation", doc.Header, problems) is { } c)
            {
                facts.Add((f.Id, f.Fact, c));
            }
        }
        (string, Citation)? lowest = null;
        if (doc.LowestLevelForMentalHealth is { } l)
        {
            Id(l.Id, "$.lowestLevelForMentalHealth.id");
            if (CitationJson.Compile(l.Citation, "$.lowestLevelForMentalHealth.citation", doc.Header, problems) is { } c)
            {
                lowest = (l.Id, c);
            }
        }
        var restrictions = ImmutableArray.CreateBuilder<(string, ImmutableArray<GenderFact>, ImmutableArray<Regime>, Citation)>();
        for (var i = 0; i < (doc.RegimeRestrictions?.Length ?? 0); i++)
        {
            var r = doc.RegimeRestrictions![i];
            var path = JsonShape.Index("$.regimeRestrictions", i);
            Id(r.Id, path + ".id");
            if (r.When.Length == 0)
            {
                problems.Add(path + ".when", "name at least one fact");
            }
            if (r.Prohibited.Length == 0 || r.Prohibited.Contains(Regime.Ordinary))
            {
                problems.Add(path + ".prohibited", "name the regimes forbidden (the ordinary regime cannot be)");
            }
            if (CitationJson.Compile(r.Citation, path + ".citation", doc.Header, problems) is { } c)
            {
                restrictions.Add((r.Id, [.. r.When.Distinct()], [.. r.Prohibited.Distinct()], c));
            }
        }
        return problems.Count > before || header is null
            ? null
            : new SafeguardPolicy(header, [.. doc.AppliesTo.Distinct()], facts.ToImmutable(), lowest, restrictions.ToImmutable());
    }
}
