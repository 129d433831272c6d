using System.IO;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Separation;
using Xunit;
using static Inl.Justice.Tests.Corrections.Separation.SeparationFixtures;

namespace Inl.Justice.Tests.Corrections.Separation;

/// <summary>docs/examples/housing.json and population.json load and show the violations docs/corrections.md describes.</summary>
public sealed class ExampleFilesTests
{
    private static SeparationReport CheckExamples()
    {
        var plan = HousingPlan.TryLoadFile(TestData.RepoFile("docs/examples/housing.json")).Value;
        var population = PopulationRegister.TryLoadFile(TestData.RepoFile("docs/examples/population.json")).Value;
        return Un.Check(plan, population, On, "population.json");
    }

    [Fact]
    public void The_examples_show_each_kind_of_finding()
    {
        var report = CheckExamples();
        Assert.Equal((18, 1), (report.ResidentCount, report.UnplacedCount));
        Assert.Empty(report.Problems);
        Assert.Equal(
            ["mandela-11a-institutions@JRC", "mandela-11a-institutions@NCP", "mandela-11b-112-1@NCP/NCP-W", "mandela-11d-havana-29@NCP/NCP-MR", "mandela-112-2@NCP"],
            report.Violations.Select(v => v.Rule + "@" + v.Location));
        // Remand and convicted women share the women's wing (rules 11(b), 112(1)).
        Assert.Equal(("W-302", "W-301"), (Who(report.Violations[2].GroupA), Who(report.Violations[2].GroupB)));
        // A 17-year-old on the men's remand wing, designated for adults (rule 11(d), Havana rule 29).
        Assert.Equal("R-202", Who(report.Violations[3].AgainstDesignation));
        // The girl held with her mother in the family unit is not a violation (Havana rule 29).
        Assert.DoesNotContain(report.Violations, v => v.Rule == "mandela-11d-havana-29" && v.Residents.Any(id => id.Value == "W-304"));
        Assert.Equal("NCP/NCP-MC/NCP-MC-02", Assert.Single(report.Overcrowding).Location.ToString());
    }

    [Fact]
    public void The_guide_shows_the_summary_the_examples_give()
    {
        // docs/corrections.md quotes the first line of the summary (and abridges the rest).
        var first = CheckExamples().ToSummary().Split('\n')[0];
        Assert.Contains(first, File.ReadAllText(TestData.RepoFile("docs/corrections.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_the_remand_boy_to_the_juvenile_centre_is_allowed_and_clears_the_mandatory_violation()
    {
        var plan = HousingPlan.TryLoadFile(TestData.RepoFile("docs/examples/housing.json")).Value;
        var population = PopulationRegister.TryLoadFile(TestData.RepoFile("docs/examples/population.json")).Value;
        var boy = population.Prisoners.Single(r => r.Id.Value == "R-202");
        var decision = Un.CanPlace(boy, "JRC-B-02", plan, population, On);
        Assert.True(decision.IsAllowed);
        Assert.Equal(["mandela-11a-institutions"], decision.Reasons.Select(r => r.Rule));
        Assert.False(Un.CanPlace(boy, "JRC-B-01", plan, population, On).HasRoom);
        var moved = new PopulationRegister([.. population.Prisoners.Select(r => r == boy ? r with { Place = "JRC-B-02" } : r)]);
        Assert.Equal(
            ["mandela-11a-institutions@JRC", "mandela-11a-institutions@NCP", "mandela-11b-112-1@NCP/NCP-W"],
            Un.Check(plan, moved, On).Violations.Select(v => v.Rule + "@" + v.Location));
    }

    [Fact]
    public void The_embedded_pack_file_is_the_one_in_the_repository()
    {
        Assert.Equal(
            File.ReadAllBytes(TestData.RepoFile("src/Inl.Justice.Sdk/Packs/un-separation-standards.json")),
            Inl.Justice.RulePacks.RulePackCatalog.EmbeddedJson(SeparationPolicy.UnStandardsId).ToArray());
    }
}
