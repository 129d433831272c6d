using System.Text.Json;
using System.Text.Json.Serialization;
using Inl.Justice.Serialization;

namespace Inl.Justice.RulePacks;

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    Converters = [typeof(LocalDateJsonConverter), typeof(StrictEnumConverter<Common.Verification>)])]
[JsonSerializable(typeof(RulePackHeaderJson))]
internal sealed partial class RulePacksJsonContext : JsonSerializerContext;
