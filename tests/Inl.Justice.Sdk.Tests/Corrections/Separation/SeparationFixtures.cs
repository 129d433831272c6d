using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Separation;
using Inl.Justice.RulePacks;
using NodaTime;

namespace Inl.Justice.Tests.Corrections.Separation;

/// <summary>Shared fixtures for the separation tests: the UN pack, a jurisdiction pack, a housing plan and people.</summary>
internal static class SeparationFixtures
{
    private static readonly JsonDocumentOptions Comments = new() { CommentHandling = JsonCommentHandling.Skip };

    public static readonly LocalDate On = new(2026, 11, 1);

    public static SeparationPolicy Un { get; } = RulePackCatalog.Default.Get<SeparationPolicy>(SeparationPolicy.UnStandardsId, On);

    public static JsonObject UnJson() =>
        JsonNode.Parse(RulePackCatalog.EmbeddedJson(SeparationPolicy.UnStandardsId).ToArray(), documentOptions: Comments)!.AsObject();

    /// <summary>
    /// A jurisdiction's pack (an example, not embedded): the UN rules plus "prisoners of security levels Minimum and High
    /// may not share a cell or dormitory", at Place scope.
    /// </summary>
    public static JsonObject JurisdictionJson()
    {
        var pack = UnJson();
        var header = pack["header"]!.AsObject();
        header["id"] = "xx-example-separation";
        header["jurisdiction"] = "XX";
        header["title"] = "Example jurisdiction: UN separation standards plus a security-level rule (illustrative)";
        header["example"] = true;
        header["sources"]!.AsArray().Add(new JsonObject { ["id"] = "example-regulation", ["title"] = "Example Prison Regulations (illustrative)" });
        pack["rules"]!.AsArray().Add(JsonNode.Parse("""
            {
              "id": "xx-reg-21",
              "title": "Minimum- and high-security prisoners do not share a cell or dormitory",
              "scope": "Place",
              "apart": [ { "securityLevels": [ "Minimum" ] }, { "securityLevels": [ "High" ] } ],
              "severity": "Mandatory",
              "citation": { "provision": "Example Prison Regulations, reg. 21(2)", "source": "example-regulation", "verification": "Unverified" }
            }
            """));
        return pack;
    }

    public static SeparationPolicy Jurisdiction { get; } = SeparationPolicy.Load(Bytes(JurisdictionJson()), "xx-example-separation.json");

    public static byte[] Bytes(JsonNode node) => System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>
    /// CENTRAL, a mixed institution: M-A (men, convicted), M-R (men, untried), W-A (women), OPEN (not designated), AD
    /// (adults only). YOUTH: Y-1 (children). CIVIL: C-1 (civil prisoners).
    /// </summary>
    public static HousingPlan Plan { get; } = new(
    [
        Facility("CENTRAL",
            Unit("M-A", new UnitDesignation { Sex = Sex.Male, LegalStatuses = [LegalStatus.Convicted] }, Cell("M-A-1", 2), Cell("M-A-2", 2), Dormitory("M-A-D", 10)),
            Unit("M-R", new UnitDesignation { Sex = Sex.Male, LegalStatuses = [LegalStatus.Untried] }, Cell("M-R-1", 4)),
            Unit("W-A", new UnitDesignation { Sex = Sex.Female }, Cell("W-A-1", 2), Dormitory("W-A-D", 8)),
            Unit("OPEN", null, Cell("OPEN-1", 4), Cell("OPEN-2", 4)),
            Unit("AD", new UnitDesignation { AgeGroup = AgeGroup.Adult }, Cell("AD-1", 4))),
        Facility("YOUTH", Unit("Y-1", new UnitDesignation { AgeGroup = AgeGroup.Child }, Cell("Y-1-1", 2), Cell("Y-1-2", 2))),
        Facility("CIVIL", Unit("C-1", new UnitDesignation { LegalStatuses = [LegalStatus.Civil] }, Dormitory("C-1-D", 6))),
    ]);

    public static Facility Facility(string id, params HousingUnit[] units) => new() { Id = id, Name = id + " facility", Units = [.. units] };

    public static HousingUnit Unit(string id, UnitDesignation? designation, params Place[] places) =>
        new() { Id = id, Name = id + " unit", Designation = designation, Places = [.. places] };

    public static Place Cell(string id, int capacity) => new() { Id = id, Kind = PlaceKind.Cell, Capacity = capacity };

    public static Place Dormitory(string id, int capacity) => new() { Id = id, Kind = PlaceKind.Dormitory, Capacity = capacity };

    /// <summary>A prisoner <paramref name="age"/> completed years old on <see cref="On"/> (ten days past the birthday).</summary>
    public static Resident Person(
        string id, Sex sex, int age, LegalStatus legal = LegalStatus.Convicted, string? place = null, string? family = null, string? level = null) => new()
    {
        Id = new PersonId(id),
        Sex = sex,
        DateOfBirth = On.PlusYears(-age).PlusDays(-10),
        LegalStatus = legal,
        Place = place,
        FamilyGroup = family,
        SecurityLevel = level,
    };

    public static PopulationRegister Population(params Resident[] residents) => new([.. residents]);

    public static SeparationReport Check(params Resident[] residents) => Un.Check(Plan, Population(residents), On);

    public static PersonId Id(string id) => new(id);

    /// <summary>The ids as one comma-separated string, for assertions (xunit compares ImmutableArray by reference).</summary>
    public static string Who(IEnumerable<PersonId> ids) => string.Join(",", ids);

    public static string Key(HousingLocation l) => l.ToString();

    public static string Text(int i) => i.ToString(CultureInfo.InvariantCulture);
}
