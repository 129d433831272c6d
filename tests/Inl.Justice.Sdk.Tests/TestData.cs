using System;
using System.IO;
using Inl.Justice.Corrections.Classification;
using Inl.Justice.RulePacks;
using NodaTime;

namespace Inl.Justice.Tests;

/// <summary>Shared fixtures: the embedded packs and the example files.</summary>
internal static class TestData
{
    public const string BopId = "us-bop-ps5100.08";
    public const string ExampleId = "xx-example-classification";

    public static readonly LocalDate CohortDate = new(2026, 11, 1);

    public static ClassificationInstrument Bop { get; } = RulePackCatalog.Default.Latest<ClassificationInstrument>(BopId);

    public static ClassificationInstrument Example { get; } = RulePackCatalog.Default.Latest<ClassificationInstrument>(ExampleId);

    public static byte[] BopJson => RulePackCatalog.EmbeddedJson(BopId).ToArray();

    public static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Inl.Justice.Sdk.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found"), relative);
    }
}
