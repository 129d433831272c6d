using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Separation;
using NodaTime;
using Xunit;
using static Inl.Justice.Tests.Corrections.Separation.SeparationFixtures;

namespace Inl.Justice.Tests.Corrections.Separation;

/// <summary>Worked examples of each rule of the UN pack (un-separation-standards), one provision at a time.</summary>
public sealed class UnStandardsWorkedExampleTests
{
    private static SeparationViolation Single(SeparationReport report, string rule) => Assert.Single(report.Violations, v => v.Rule == rule);

    [Fact]
    public void The_pack_loads_with_its_rules_in_order()
    {
        Assert.Equal("un-separation-standards@1.0.0", Un.Header.Key);
        Assert.Equal(18, Un.ChildAgeBelow);
        Assert.Equal("Havana Rules, rule 11(a)", Un.ChildAgeCitation.Provision);
        Assert.Equal(
            ["mandela-11a", "mandela-11a-institutions", "mandela-11b-112-1", "mandela-11c", "mandela-11d-havana-29", "mandela-112-2"],
            Un.Rules.Select(r => r.Id));
        Assert.Equal("mandela-11", Un.DesignationRule.Id);
        Assert.All(Un.Rules, r => Assert.Equal(Verification.Secondary, r.Citation.Verification));
        Assert.Equal(
            [SeparationSeverity.Mandatory, SeparationSeverity.Advisory, SeparationSeverity.Mandatory, SeparationSeverity.Mandatory, SeparationSeverity.Mandatory, SeparationSeverity.Advisory],
            Un.Rules.Select(r => r.Severity));
    }

    [Fact]
    public void Men_and_women_in_one_unit_break_rule_11a()
    {
        // Nelson Mandela Rules, rule 11(a): in an institution receiving men and women, women's premises are entirely separate.
        var report = Check(Person("M1", Sex.Male, 30, place: "OPEN-1"), Person("F1", Sex.Female, 30, place: "OPEN-2"));
        var v = Single(report, "mandela-11a");
        Assert.Equal("CENTRAL/OPEN", v.Location.ToString());
        Assert.Equal(SeparationScope.Unit, v.Scope);
        Assert.Equal("M1", Who(v.GroupA));
        Assert.Equal("F1", Who(v.GroupB));
        Assert.Equal(("Male", "Female"), (v.SideA, v.SideB));
        Assert.Empty(v.AgainstDesignation);
        Assert.Equal("Nelson Mandela Rules, rule 11(a)", v.Citation.Provision);
        Assert.Equal(SeparationSeverity.Mandatory, v.Severity);
    }

    [Fact]
    public void A_man_in_the_womens_unit_breaks_rule_11a_even_when_no_woman_is_there()
    {
        // Nelson Mandela Rules, rule 11(a): the whole of the premises allocated to women is entirely separate; W-A is designated Female.
        var v = Single(Check(Person("M1", Sex.Male, 30, place: "W-A-D")), "mandela-11a");
        Assert.Equal("CENTRAL/W-A", v.Location.ToString());
        Assert.Equal("M1", Who(v.GroupA));
        Assert.Empty(v.GroupB);
        Assert.Equal("M1", Who(v.AgainstDesignation));
    }

    [Fact]
    public void A_man_among_women_in_their_unit_is_one_violation_naming_both_groups()
    {
        // Nelson Mandela Rules, rule 11(a): co-location and designation are one breach of one rule at one unit.
        var report = Check(Person("M1", Sex.Male, 30, place: "W-A-1"), Person("F1", Sex.Female, 30, place: "W-A-1"), Person("F2", Sex.Female, 40, place: "W-A-D"));
        var v = Single(report, "mandela-11a");
        Assert.Equal("M1", Who(v.GroupA));
        Assert.Equal("F1,F2", Who(v.GroupB));
        Assert.Equal("M1", Who(v.AgainstDesignation));
    }

    [Fact]
    public void Separate_units_of_a_mixed_institution_are_only_an_advisory()
    {
        // Nelson Mandela Rules, rule 11(a): men and women are detained in separate institutions "so far as possible".
        var report = Check(Person("M1", Sex.Male, 30, place: "M-A-1"), Person("F1", Sex.Female, 30, place: "W-A-1"));
        var v = Assert.Single(report.Violations);
        Assert.Equal("mandela-11a-institutions", v.Rule);
        Assert.Equal(SeparationSeverity.Advisory, v.Severity);
        Assert.Equal("CENTRAL", v.Location.ToString());
        Assert.Equal(SeparationScope.Facility, v.Scope);
        Assert.False(report.HasMandatoryViolations);
    }

    [Fact]
    public void Untried_and_convicted_prisoners_in_one_unit_break_rules_11b_and_112_1()
    {
        // Nelson Mandela Rules, rules 11(b) and 112(1): untried prisoners are kept separate from convicted prisoners.
        var report = Check(Person("U1", Sex.Male, 30, LegalStatus.Untried, "OPEN-1"), Person("C1", Sex.Male, 30, LegalStatus.Convicted, "OPEN-1"));
        var v = Assert.Single(report.Violations);
        Assert.Equal("mandela-11b-112-1", v.Rule);
        Assert.Equal("Nelson Mandela Rules, rules 11(b) and 112(1)", v.Citation.Provision);
        Assert.Equal(("U1", "C1"), (Who(v.GroupA), Who(v.GroupB)));
    }

    [Fact]
    public void Untried_and_convicted_prisoners_in_separate_units_are_kept_apart()
    {
        // Nelson Mandela Rules, rule 11(b): "separate parts of institutions" suffices; M-R and M-A are separate units.
        var report = Check(Person("U1", Sex.Male, 30, LegalStatus.Untried, "M-R-1"), Person("C1", Sex.Male, 30, LegalStatus.Convicted, "M-A-1"));
        Assert.True(report.IsClean);
    }

    [Fact]
    public void Civil_prisoners_with_criminal_prisoners_break_rule_11c()
    {
        // Nelson Mandela Rules, rule 11(c): civil prisoners (e.g. for debt) apart from those held for a criminal offence, untried or convicted.
        var report = Check(
            Person("D1", Sex.Male, 50, LegalStatus.Civil, "OPEN-1"),
            Person("U1", Sex.Male, 30, LegalStatus.Untried, "OPEN-2"),
            Person("D2", Sex.Male, 50, LegalStatus.Civil, "C-1-D"));
        var v = Assert.Single(report.Violations);
        Assert.Equal("mandela-11c", v.Rule);
        Assert.Equal(("Civil", "Untried or Convicted"), (v.SideA, v.SideB));
        Assert.Equal(("D1", "U1"), (Who(v.GroupA), Who(v.GroupB)));
    }

    [Fact]
    public void A_civil_prisoner_in_a_unit_designated_for_convicted_men_breaks_11c_not_11b()
    {
        // Nelson Mandela Rules, rule 11(c): the designation of M-A (convicted men) excludes a civil prisoner because of 11(c).
        var v = Assert.Single(Check(Person("D1", Sex.Male, 50, LegalStatus.Civil, "M-A-D")).Violations);
        Assert.Equal("mandela-11c", v.Rule);
        Assert.Equal("D1", Who(v.GroupA));
        Assert.Equal("D1", Who(v.AgainstDesignation));
    }

    [Fact]
    public void A_child_with_an_unrelated_adult_breaks_rule_11d_and_havana_29()
    {
        // Nelson Mandela Rules, rule 11(d); Havana Rules, rule 29: juveniles are separated from adults.
        var report = Check(Person("K1", Sex.Male, 16, place: "OPEN-1"), Person("A1", Sex.Male, 30, place: "OPEN-2"));
        var v = Single(report, "mandela-11d-havana-29");
        Assert.Equal(("K1", "A1"), (Who(v.GroupA), Who(v.GroupB)));
        Assert.Equal("Nelson Mandela Rules, rule 11(d); Havana Rules, rule 29", v.Citation.Provision);
    }

    [Fact]
    public void A_child_held_with_their_own_family_is_not_a_violation()
    {
        // Havana Rules, rule 29: "unless they are members of the same family".
        var together = Check(Person("K1", Sex.Female, 15, place: "W-A-1", family: "fam-7"), Person("MUM", Sex.Female, 38, place: "W-A-1", family: "fam-7"));
        Assert.True(together.IsClean);

        // Another adult in the unit is not family: the child and that adult are reported, the mother is not.
        var withStranger = Check(
            Person("K1", Sex.Female, 15, place: "W-A-1", family: "fam-7"),
            Person("MUM", Sex.Female, 38, place: "W-A-1", family: "fam-7"),
            Person("F9", Sex.Female, 44, place: "W-A-D"));
        var v = Single(withStranger, "mandela-11d-havana-29");
        Assert.Equal(("K1", "F9"), (Who(v.GroupA), Who(v.GroupB)));
    }

    [Fact]
    public void The_family_exception_does_not_override_a_unit_designated_for_adults()
    {
        // Havana Rules, rule 29 allows a child to be held with family; it does not make a unit designated for adults admit children.
        var report = Check(Person("K1", Sex.Male, 12, place: "AD-1", family: "f"), Person("DAD", Sex.Male, 40, place: "AD-1", family: "f"));
        var v = Single(report, "mandela-11d-havana-29");
        Assert.Equal("K1", Who(v.GroupA));
        Assert.Empty(v.GroupB);
        Assert.Equal("K1", Who(v.AgainstDesignation));
    }

    [Theory]
    [InlineData("2008-11-01", AgeGroup.Adult)]  // 18th birthday on the check date: an adult that day
    [InlineData("2008-11-02", AgeGroup.Child)]  // 18 tomorrow: still a child
    [InlineData("2008-02-29", AgeGroup.Adult)]  // born on 29 February: 18 completed years by 1 November 2026
    public void Children_are_under_18_on_the_check_date(string dateOfBirth, AgeGroup expected)
    {
        // Havana Rules, rule 11(a): a juvenile is every person under the age of 18.
        var person = Person("P", Sex.Male, 0) with { DateOfBirth = NodaTime.Text.LocalDatePattern.Iso.Parse(dateOfBirth).Value };
        Assert.Equal(expected, Un.AgeGroupOf(person, On));
    }

    [Fact]
    public void A_leap_day_birthday_turns_18_on_28_february_in_a_common_year()
    {
        // Havana Rules, rule 11(a), counted as NodaTime counts completed years (as the classification engine does).
        var person = Person("P", Sex.Male, 0) with { DateOfBirth = new LocalDate(2008, 2, 29) };
        Assert.Equal(AgeGroup.Child, Un.AgeGroupOf(person, new LocalDate(2026, 2, 27)));
        Assert.Equal(AgeGroup.Adult, Un.AgeGroupOf(person, new LocalDate(2026, 2, 28)));
    }

    [Fact]
    public void A_pack_may_set_another_age_for_children()
    {
        // "Children are under 18 (Havana 11(a)) unless the pack says otherwise": a jurisdiction separating under-21s.
        var pack = UnJson();
        pack["childAgeBelow"]!["years"] = 21;
        var policy = SeparationPolicy.Load(Bytes(pack));
        var report = policy.Check(Plan, Population(Person("Y1", Sex.Male, 19, place: "OPEN-1"), Person("A1", Sex.Male, 30, place: "OPEN-1")), On);
        Assert.Equal("mandela-11d-havana-29", Assert.Single(report.Violations).Rule);
        Assert.True(Check(Person("Y1", Sex.Male, 19, place: "OPEN-1"), Person("A1", Sex.Male, 30, place: "OPEN-1")).IsClean);
    }

    [Fact]
    public void A_young_untried_prisoner_in_an_adult_institution_is_an_advisory_under_rule_112_2()
    {
        // Nelson Mandela Rules, rule 112(2): young untried prisoners are in principle detained in separate institutions.
        var report = Check(Person("K1", Sex.Male, 16, LegalStatus.Untried, "Y-1-1"), Person("K2", Sex.Male, 17, LegalStatus.Untried, "OPEN-1"), Person("A1", Sex.Male, 30, place: "M-A-1"));
        var v = Assert.Single(report.Violations);
        Assert.Equal("mandela-112-2", v.Rule);
        Assert.Equal(SeparationSeverity.Advisory, v.Severity);
        Assert.Equal("CENTRAL", v.Location.ToString());
        Assert.Equal(("K2", "A1"), (Who(v.GroupA), Who(v.GroupB)));
        Assert.Equal(("Untried, Child", "Adult"), (v.SideA, v.SideB));
    }

    [Fact]
    public void A_young_convicted_prisoner_is_not_covered_by_rule_112_2()
    {
        // Nelson Mandela Rules, rule 112(2) concerns untried prisoners only; rule 11(d) still applies within units.
        var report = Check(Person("K1", Sex.Male, 16, LegalStatus.Convicted, "OPEN-1"), Person("A1", Sex.Male, 30, place: "M-A-1"));
        Assert.True(report.IsClean);
    }

    [Fact]
    public void A_prisoner_the_designation_excludes_for_no_rule_breaks_the_designation_rule()
    {
        // Nelson Mandela Rules, rule 11 (opening sentence): categories are held in separate parts of institutions. A
        // prisoner whose sex is not recorded matches neither group of rule 11(a), yet W-A is designated for women.
        var v = Assert.Single(Check(Person("X1", Sex.Unknown, 30, place: "W-A-1")).Violations);
        Assert.Equal("mandela-11", v.Rule);
        Assert.Equal("Nelson Mandela Rules, rule 11 (opening sentence)", v.Citation.Provision);
        Assert.Equal("X1", Who(v.GroupA));
        Assert.Equal("designated: Female", v.SideB);
        Assert.Equal("X1", Who(v.AgainstDesignation));
    }

    [Fact]
    public void A_child_in_the_youth_unit_and_adults_elsewhere_is_clean()
    {
        // Nelson Mandela Rules, rule 11(d): children in YOUTH, adults in CENTRAL, women in W-A, civil prisoners in CIVIL.
        var report = Check(
            Person("K1", Sex.Male, 15, LegalStatus.Convicted, "Y-1-1"),
            Person("A1", Sex.Male, 30, LegalStatus.Convicted, "M-A-1"),
            Person("U1", Sex.Male, 30, LegalStatus.Untried, "M-R-1"),
            Person("D1", Sex.Female, 50, LegalStatus.Civil, "C-1-D"),
            Person("N1", Sex.Male, 25));
        Assert.Empty(report.Violations);
        Assert.Equal(5, report.ResidentCount);
        Assert.Equal(1, report.UnplacedCount);
    }

    [Fact]
    public void Overcrowding_is_reported_beside_the_violations_not_as_one()
    {
        var report = Check(Person("A1", Sex.Male, 30, place: "M-A-1"), Person("A2", Sex.Male, 31, place: "M-A-1"), Person("A3", Sex.Male, 32, place: "M-A-1"));
        Assert.Empty(report.Violations);
        var o = Assert.Single(report.Overcrowding);
        Assert.Equal("CENTRAL/M-A/M-A-1", o.Location.ToString());
        Assert.Equal((2, 1, PlaceKind.Cell), (o.Capacity, o.Excess, o.Kind));
        Assert.Equal("A1,A2,A3", Who(o.Occupants));
        Assert.False(report.IsClean);
    }

    [Fact]
    public void Prisoners_whose_place_is_not_in_the_plan_are_problems_with_their_path()
    {
        var report = Un.Check(Plan, Population(
            Person("A1", Sex.Male, 30, place: "M-A-1"),
            Person("A2", Sex.Male, 30, place: "NOWHERE"),
            Person("A3", Sex.Male, 30, place: "M-A")), On, "population.json");
        Assert.Equal(
            ["population.json: $.prisoners[1].place: prisoner A2: 'NOWHERE' is not a place of the housing plan",
             "population.json: $.prisoners[2].place: prisoner A3: 'M-A' is a unit of the housing plan, not a cell or dormitory"],
            report.Problems.Select(p => p.ToString()));
        Assert.Empty(report.Violations);
    }

    [Fact]
    public void A_date_of_birth_after_the_check_is_a_problem()
    {
        var report = Check(Person("A1", Sex.Male, 30, place: "M-A-1") with { DateOfBirth = On.PlusDays(1) });
        Assert.Equal("$.prisoners[0].dateOfBirth", Assert.Single(report.Problems).Path);
    }
}
