using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inl.Justice.Common;
using Inl.Justice.Corrections.Classification;

namespace Inl.Justice.Tests;

/// <summary>Edits of the BOP pack's JSON for loader tests.</summary>
internal static class PackJson
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public static JsonObject Bop() => JsonNode.Parse(TestData.BopJson, documentOptions: Options)!.AsObject();

    public static JsonObject Example() =>
        JsonNode.Parse(Inl.Justice.RulePacks.RulePackCatalog.EmbeddedJson(TestData.ExampleId).ToArray(), documentOptions: Options)!.AsObject();

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public static Validated<ClassificationInstrument> Load(JsonNode node) => ClassificationInstrument.TryLoad(Bytes(node), "pack.json");

    /// <summary>Loads an edited BOP pack and returns its problems, asserting it failed.</summary>
    public static IReadOnlyList<Problem> Problems(Action<JsonObject> edit)
    {
        var pack = Bop();
        edit(pack);
        var result = Load(pack);
        Xunit.Assert.False(result.IsValid, "the edited pack should be rejected");
        return result.Problems;
    }
}
