using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Separation;
using Inl.Justice.RulePacks;
using Xunit;
using static Inl.Justice.Tests.Corrections.Separation.SeparationFixtures;

namespace Inl.Justice.Tests.Corrections.Separation;

/// <summary>A jurisdiction adds its own categories: "security levels Minimum and High may not share a cell".</summary>
public sealed class JurisdictionPackTests
{
    [Fact]
    public void Minimum_and_high_security_prisoners_in_one_cell_break_the_place_rule()
    {
        // Example Prison Regulations, reg. 21(2) (illustrative): a Place-scope rule of the jurisdiction's pack.
        var report = Jurisdiction.Check(Plan, Population(
            Person("L1", Sex.Male, 30, place: "M-A-1", level: "Minimum"),
            Person("H1", Sex.Male, 30, place: "M-A-1", level: "High"),
            Person("H2", Sex.Male, 30, place: "M-A-2", level: "High"),
            Person("N1", Sex.Male, 30, place: "M-A-2", level: "Medium"),
            Person("Z1", Sex.Male, 30, place: "M-A-D")), On);
        var v = Assert.Single(report.Violations);
        Assert.Equal(("xx-reg-21", SeparationScope.Place, "CENTRAL/M-A/M-A-1"), (v.Rule, v.Scope, v.Location.ToString()));
        Assert.Equal(("L1", "H1"), (Who(v.GroupA), Who(v.GroupB)));
        Assert.Equal(("security level Minimum", "security level High"), (v.SideA, v.SideB));
        Assert.Equal(Verification.Unverified, v.Citation.Verification);
    }

    [Fact]
    public void The_same_prisoners_in_separate_cells_of_one_unit_are_apart()
    {
        var report = Jurisdiction.Check(Plan, Population(
            Person("L1", Sex.Male, 30, place: "M-A-1", level: "Minimum"),
            Person("H1", Sex.Male, 30, place: "M-A-2", level: "High")), On);
        Assert.True(report.IsClean);
    }

    [Fact]
    public void The_jurisdiction_pack_keeps_the_un_rules_and_is_selected_by_id_from_a_catalogue()
    {
        var catalog = RulePackCatalog.Default.With(Bytes(JurisdictionJson()), "xx.json");
        var policy = catalog.Get<SeparationPolicy>("xx-example-separation", On);
        Assert.True(policy.Header.IsExample);
        Assert.Equal(Un.Rules.Select(r => r.Id).Append("xx-reg-21"), policy.Rules.Select(r => r.Id));
        Assert.Same(policy, catalog.Get<SeparationPolicy>("xx-example-separation", On));
    }

    [Fact]
    public void A_pack_written_back_loads_to_the_same_policy()
    {
        var again = SeparationPolicy.Load(Jurisdiction.ToJson());
        Assert.Equal(Jurisdiction.Header, again.Header);
        Assert.Equal(Jurisdiction.Rules.ToArray(), again.Rules.ToArray());
        Assert.Equal(Jurisdiction.DesignationRule, again.DesignationRule);
        Assert.Equal(Jurisdiction.ChildAgeCitation, again.ChildAgeCitation);
    }
}
