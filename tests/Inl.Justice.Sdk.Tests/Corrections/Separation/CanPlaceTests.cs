using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Separation;
using Xunit;
using static Inl.Justice.Tests.Corrections.Separation.SeparationFixtures;

namespace Inl.Justice.Tests.Corrections.Separation;

/// <summary>"May prisoner X be placed in unit or place Y?", with the reasons when not.</summary>
public sealed class CanPlaceTests
{
    private static readonly PopulationRegister Held = Population(
        Person("F1", Sex.Female, 30, place: "W-A-1"),
        Person("F2", Sex.Female, 41, place: "W-A-1"),
        Person("A1", Sex.Male, 30, place: "M-A-1"),
        Person("U1", Sex.Male, 30, LegalStatus.Untried, "M-R-1"));

    [Fact]
    public void A_man_may_not_be_placed_in_the_womens_unit()
    {
        // Nelson Mandela Rules, rule 11(a): the women's premises (W-A, designated Female) are entirely separate.
        var d = Un.CanPlace(Person("M9", Sex.Male, 25), "W-A-D", Plan, Held, On);
        Assert.False(d.IsAllowed);
        var reason = Assert.Single(d.Reasons, r => r.Severity == SeparationSeverity.Mandatory);
        Assert.Equal(("mandela-11a", "CENTRAL/W-A"), (reason.Rule, reason.Location.ToString()));
        Assert.Equal("F1,F2", Who(reason.Conflicting));
        Assert.True(reason.AgainstDesignation);
        Assert.Equal("Nelson Mandela Rules, rule 11(a)", reason.Citation.Provision);
        Assert.StartsWith("M9 in CENTRAL/W-A/W-A-D: refused", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_convicted_man_may_be_placed_with_convicted_men_with_the_mixed_institution_advisory()
    {
        // Nelson Mandela Rules, rule 11(a): separate institutions "so far as possible" is advisory and does not refuse.
        var d = Un.CanPlace(Person("M9", Sex.Male, 25), "M-A-2", Plan, Held, On);
        Assert.True(d.IsAllowed);
        Assert.False(d.IsClean);
        var reason = Assert.Single(d.Reasons);
        Assert.Equal(("mandela-11a-institutions", SeparationSeverity.Advisory, "CENTRAL"), (reason.Rule, reason.Severity, reason.Location.ToString()));
        Assert.Equal("F1,F2", Who(reason.Conflicting));
        Assert.Equal((2, 0, true), (d.Capacity!.Value, d.Occupancy!.Value, d.HasRoom));
    }

    [Fact]
    public void An_untried_man_may_not_join_convicted_men_and_every_reason_is_given()
    {
        // Nelson Mandela Rules, rules 11(b) and 112(1): M-A is designated for convicted men and holds one.
        var d = Un.CanPlace(Person("U9", Sex.Male, 25, LegalStatus.Untried), "M-A-1", Plan, Held, On);
        Assert.False(d.IsAllowed);
        Assert.Equal(["mandela-11a-institutions", "mandela-11b-112-1"], d.Reasons.Select(r => r.Rule));
        var reason = d.Reasons[1];
        Assert.Equal(("CENTRAL/M-A", "A1", true), (reason.Location.ToString(), Who(reason.Conflicting), reason.AgainstDesignation));
    }

    [Fact]
    public void A_full_place_is_refused_without_a_rule()
    {
        var d = Un.CanPlace(Person("F3", Sex.Female, 33), "W-A-1", Plan, Held, On);
        Assert.False(d.IsAllowed);
        Assert.False(d.HasRoom);
        Assert.Equal((2, 2), (d.Capacity!.Value, d.Occupancy!.Value));
        Assert.Equal(["mandela-11a-institutions"], d.Reasons.Select(r => r.Rule));
        Assert.Contains("(full: 2 held, capacity 2)", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_prisoner_already_held_is_not_counted_against_themself()
    {
        // F1 moving within her own cell: her current register entry is ignored.
        var d = Un.CanPlace(Held.Prisoners[0], "W-A-1", Plan, Held, On);
        Assert.Equal(1, d.Occupancy);
        Assert.True(d.IsAllowed);
    }

    [Fact]
    public void A_unit_target_checks_the_designation_and_wider_rules_but_not_places()
    {
        var jurisdiction = Population(Person("H1", Sex.Male, 30, place: "M-A-1", level: "High"), Person("H2", Sex.Male, 30, place: "M-A-1", level: "High"));
        var newcomer = Person("L1", Sex.Male, 30, level: "Minimum");
        var unit = Jurisdiction.CanPlace(newcomer, "M-A", Plan, jurisdiction, On);
        Assert.True(unit.IsClean);
        Assert.Null(unit.Capacity);
        Assert.Equal("CENTRAL/M-A", unit.Target.ToString());
        var place = Jurisdiction.CanPlace(newcomer, "M-A-1", Plan, jurisdiction, On);
        Assert.False(place.HasRoom);
        Assert.Equal("xx-reg-21", Assert.Single(place.Reasons).Rule);
    }

    [Fact]
    public void A_child_may_join_their_family_but_not_a_unit_designated_for_adults()
    {
        // Havana Rules, rule 29: juveniles apart from adults unless members of the same family.
        var parents = Population(Person("MUM", Sex.Female, 38, place: "W-A-D", family: "f1"), Person("AUNT", Sex.Female, 40, place: "AD-1", family: "f2"));
        Assert.True(Un.CanPlace(Person("K1", Sex.Female, 15, family: "f1"), "W-A-D", Plan, parents, On).IsClean);

        var stranger = Un.CanPlace(Person("K2", Sex.Female, 15, LegalStatus.Untried, family: "f3"), "W-A-D", Plan, parents, On);
        // An untried girl: also rules 11(b)/112(1) (MUM is convicted) and 112(2) (adults in the institution, advisory).
        Assert.Equal(["mandela-11b-112-1", "mandela-11d-havana-29", "mandela-112-2"], stranger.Reasons.Select(r => r.Rule));
        Assert.Equal(("MUM", false), (Who(stranger.Reasons[1].Conflicting), stranger.Reasons[1].AgainstDesignation));
        Assert.Equal(("AUNT,MUM", SeparationSeverity.Advisory), (Who(stranger.Reasons[2].Conflicting), stranger.Reasons[2].Severity));

        // AD-1 is designated for adults: the family exception excuses sharing with AUNT, not the designation.
        var designated = Un.CanPlace(Person("K3", Sex.Female, 12, family: "f2"), "AD-1", Plan, parents, On);
        var reason = Assert.Single(designated.Reasons);
        Assert.Equal(("mandela-11d-havana-29", "CENTRAL/AD", "", true), (reason.Rule, reason.Location.ToString(), Who(reason.Conflicting), reason.AgainstDesignation));
        Assert.False(designated.IsAllowed);
    }

    [Theory]
    [InlineData("NOWHERE", "'NOWHERE' is not a unit or place of the housing plan")]
    [InlineData("CENTRAL", "'CENTRAL' is a facility; ask about one of its units or places")]
    public void The_target_must_be_a_unit_or_place_of_the_plan(string target, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => Un.CanPlace(Person("P", Sex.Male, 30), target, Plan, Held, On));
        Assert.Equal("target", ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }
}
