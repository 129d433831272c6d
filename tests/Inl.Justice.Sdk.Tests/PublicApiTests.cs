using System.IO;
using Inl.Justice.RulePacks;
using PublicApiGenerator;
using Xunit;

namespace Inl.Justice.Tests;

/// <summary>
/// The package's public API is reviewed like code: it is written out in <c>src/Inl.Justice.Sdk/PublicApi.approved.txt</c>
/// and any change to it shows in the diff of that file (the PublicApiGenerator approval pattern).
/// </summary>
public sealed class PublicApiTests
{
    private const string ApprovedFile = "src/Inl.Justice.Sdk/PublicApi.approved.txt";

    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var api = typeof(RulePackCatalog).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n") + "\n";
        var path = TestData.RepoFile(ApprovedFile);
        if (Environment.GetEnvironmentVariable("INL_JUSTICE_APPROVE_API") == "1")
        {
            File.WriteAllText(path, api);
        }
        var approved = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            approved == api,
            $"The public API differs from {ApprovedFile}. Review the change, then approve it with: INL_JUSTICE_APPROVE_API=1 dotnet test tests/Inl.Justice.Sdk.Tests --filter PublicApiTests");
    }

    [Fact]
    public void Public_types_are_sealed_static_abstract_or_interfaces_or_values()
    {
        // Extension by inheritance is not part of the design: behaviour is extended through packs.
        var open = typeof(RulePackCatalog).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }
}
