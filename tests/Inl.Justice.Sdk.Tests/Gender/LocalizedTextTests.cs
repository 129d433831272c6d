using Inl.Justice.Gender.Checklists;
using Xunit;
using static Inl.Justice.Tests.Gender.ChecklistFixtures;

namespace Inl.Justice.Tests.Gender;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Text = new("en", new Dictionary<string, string> { ["en"] = "Met", ["es"] = "Cumple", ["es-CO"] = "Cumple (CO)" });

    [Theory]
    [InlineData("es-CO", "Cumple (CO)")]
    [InlineData("es-co", "Cumple (CO)")]
    [InlineData("es-MX", "Cumple")]
    [InlineData("es", "Cumple")]
    [InlineData("fr", "Met")]
    [InlineData("fr-CA", "Met")]
    [InlineData(null, "Met")]
    public void Resolve_falls_back_from_the_tag_to_its_primary_subtag_to_the_default(string? language, string expected) =>
        Assert.Equal(expected, Text.Resolve(language));

    [Fact]
    public void The_default_language_is_required_and_tags_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new LocalizedText("en", new Dictionary<string, string> { ["es"] = "Cumple" }));
        Assert.Throws<ArgumentException>(() => LocalizedText.Of("English", "Met"));
        Assert.Throws<ArgumentException>(() => LocalizedText.Of("en", " "));
        Assert.True(LocalizedText.IsLanguageTag("es-419"));
        Assert.False(LocalizedText.IsLanguageTag("ES"));
        Assert.Equal(LocalizedText.Of("en", "Met"), LocalizedText.Of("en", "Met"));
    }

    [Fact]
    public void Translation_coverage_counts_every_text_and_lists_the_missing_paths()
    {
        var coverage = Template.TranslationCoverage().ToDictionary(c => c.Language);
        Assert.Equal(["en", "es", "fr"], Template.TranslationCoverage().Select(c => c.Language));
        // Texts: name; answer labels met/partly/not-met/n-a (4); titles S1, S2; theme S1; item texts 6; guidance A2 = 15.
        Assert.Equal(15, coverage["en"].Total);
        Assert.True(coverage["en"].IsComplete);
        // Spanish: name, met, partly, n/a, S1 title, A1 text = 6.
        Assert.Equal(6, coverage["es"].Translated);
        Assert.Contains("$.sections[1].items[2].text", coverage["es"].Missing);
        Assert.Contains("$.answerScales[0].options[2].label", coverage["es"].Missing);
        // French: name, met, n/a, S1 title, A2 guidance = 5.
        Assert.Equal(5, coverage["fr"].Translated);
        Assert.Equal(5m / 15m, coverage["fr"].Share);
        Assert.DoesNotContain("$.sections[0].items[1].guidance", coverage["fr"].Missing);
    }
}
