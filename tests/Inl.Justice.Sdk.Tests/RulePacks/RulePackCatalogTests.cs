using System.Text.Json.Nodes;
using Inl.Justice.Common;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.RulePacks;
using NodaTime;
using Xunit;

namespace Inl.Justice.Tests.RulePacks;

public sealed class RulePackCatalogTests
{
    private static byte[] BopVersion(string version, string from, string? to)
    {
        var pack = PackJson.Bop();
        pack["header"]!["version"] = version;
        pack["header"]!["effectiveFrom"] = from;
        pack["header"]!["effectiveTo"] = to;
        return PackJson.Bytes(pack);
    }

    [Fact]
    public void Default_catalogue_lists_the_embedded_packs()
    {
        var ids = RulePackCatalog.Default.Packs.Select(h => h.Key).ToArray();
        Assert.Contains("us-bop-ps5100.08@1.0.0", ids);
        Assert.Contains("xx-example-classification@1.0.0", ids);
        Assert.All(RulePackCatalog.Default.Packs, h => Assert.NotEmpty(h.Sources));
    }

    [Fact]
    public void Get_selects_the_highest_version_in_force_on_the_date()
    {
        var catalog = RulePackCatalog.Empty
            .With(BopVersion("1.0.0", "2006-09-12", "2019-09-03"))
            .With(BopVersion("1.1.0", "2019-09-04", null))
            .With(BopVersion("2.0.0-draft", "2030-01-01", null));
        Assert.Equal("1.0.0", catalog.Get<ClassificationInstrument>(TestData.BopId, new LocalDate(2019, 9, 3)).Header.Version.ToString());
        Assert.Equal("1.1.0", catalog.Get<ClassificationInstrument>(TestData.BopId, new LocalDate(2019, 9, 4)).Header.Version.ToString());
        Assert.Equal("2.0.0-draft", catalog.Get<ClassificationInstrument>(TestData.BopId, new LocalDate(2031, 1, 1)).Header.Version.ToString());
        Assert.Equal("1.0.0", catalog.Get<ClassificationInstrument>(TestData.BopId, PackVersion.Parse("1.0.0")).Header.Version.ToString());
        var ex = Assert.Throws<KeyNotFoundException>(() => catalog.Get<ClassificationInstrument>(TestData.BopId, new LocalDate(2000, 1, 1)));
        Assert.Contains("us-bop-ps5100.08@1.0.0 (classification-instrument, 2006-09-12..2019-09-03)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiled_packs_are_cached_and_shared()
    {
        var a = RulePackCatalog.Default.Get<ClassificationInstrument>(TestData.BopId, new LocalDate(2026, 1, 1));
        var b = RulePackCatalog.Default.Get<ClassificationInstrument>(TestData.BopId, new LocalDate(2026, 6, 1));
        Assert.Same(a, b);
    }

    [Fact]
    public void The_same_id_and_version_cannot_be_added_twice()
    {
        var ex = Assert.Throws<RulePackException>(() => RulePackCatalog.Default.With(TestData.BopJson, "copy.json"));
        Assert.Equal("$.header.version", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void A_pack_whose_body_is_broken_fails_on_get_with_its_problems()
    {
        var pack = PackJson.Bop();
        pack["header"]!["version"] = "9.0.0";
        pack["items"]![2]!["bands"]![1]!["min"] = 3;
        var catalog = RulePackCatalog.Empty.With(PackJson.Bytes(pack), "broken.json");
        var ex = Assert.Throws<RulePackException>(() => catalog.Latest<ClassificationInstrument>(TestData.BopId));
        Assert.Equal("broken.json: $.items[2].bands[1].min: gap: values 2–2 fall in no band", Assert.Single(ex.Problems).ToString());
    }

    [Theory]
    [InlineData("1.0.0", "1.0.1")]
    [InlineData("1.0.0-alpha", "1.0.0")]
    [InlineData("1.0.0-alpha", "1.0.0-alpha.1")]
    [InlineData("1.0.0-alpha.1", "1.0.0-alpha.beta")]
    [InlineData("1.0.0-beta.2", "1.0.0-beta.11")]
    [InlineData("1.9.0", "1.10.0")]
    [InlineData("2.0.0", "10.0.0")]
    public void Versions_order_by_semver_precedence(string lower, string higher)
    {
        // Semantic Versioning 2.0.0, section 11 (precedence examples).
        Assert.True(PackVersion.Parse(lower) < PackVersion.Parse(higher));
        Assert.True(PackVersion.Parse(higher) > PackVersion.Parse(lower));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("01.0.0")]
    [InlineData("1.0.0-")]
    [InlineData("1.0.0+build")]
    [InlineData("v1.0.0")]
    [InlineData("")]
    public void Invalid_versions_are_refused(string text) => Assert.False(PackVersion.TryParse(text, out _));

    [Theory]
    [InlineData("KE", true)]
    [InlineData("US-CA", true)]
    [InlineData("UN", true)]
    [InlineData("XX", true)]
    [InlineData("ke", false)]
    [InlineData("KEN", false)]
    [InlineData("US-", false)]
    [InlineData("", false)]
    public void Jurisdiction_codes_follow_iso_3166(string code, bool valid) => Assert.Equal(valid, JurisdictionCode.Check(code) is null);

    [Theory]
    [InlineData("P01", true)]
    [InlineData(" P01", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void Person_ids_are_never_blank_or_padded(string id, bool valid)
    {
        Assert.Equal(valid, PersonId.Check(id) is null);
        if (!valid)
        {
            Assert.Throws<ArgumentException>(() => new PersonId(id));
        }
    }
}
