using Inl.Justice.Common;
using Inl.Justice.Corrections;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.RulePacks;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests;

/// <summary>The README's tour, compiled and checked, so the first thing a user reads keeps working.</summary>
public sealed class ReadmeTourTests
{
    [Fact]
    public void The_tour_gives_what_the_readme_says()
    {
        var on = new LocalDate(2026, 11, 1);
        var bop = RulePackCatalog.Default.Get<ClassificationInstrument>("us-bop-ps5100.08", on);

        var prisoner = new PrisonerProfile
        {
            Id = new PersonId("P-001"), Sex = Sex.Male, DateOfBirth = new LocalDate(1999, 7, 7),
            LegalStatus = LegalStatus.Convicted, OffenseSeverity = OffenseSeverity.Lowest,
            Education = EducationLevel.Verified, MonthsToRelease = 6, VoluntarySurrender = true,
            PublicSafetyFactors = ["DisruptiveGroup"],
        };

        SecurityLevel level = bop.Level(prisoner, on);
        ClassificationResult why = bop.Classify(prisoner, on);
        var overridden = bop.Override(why, new ClassificationOverride("Medium", "LesserSecurity", "…facts…", "dscc-7", on, ApprovedBy: "dscc-admin"));

        Assert.Equal("High", level.Name);
        Assert.Equal(1, why.Score);
        Assert.Equal("Minimum", why.ScoredLevel.Name);
        Assert.Equal("psf-disruptive-group", why.Floors.Single(f => f.Binding).Rule);
        Assert.Equal("Medium", overridden.Value.Level.Name);
        Assert.Equal("High", overridden.Value.ComputedLevel.Name);
    }
}
