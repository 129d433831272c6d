using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace Inl.Justice.Serialization;

/// <summary>
/// Produces the JSON Schema (draft 2020-12) of a document type from the same source-generated metadata the loader
/// reads with, so the published schema cannot drift from the loader. Types read by custom converters (dates, strict
/// enums) are described explicitly.
/// </summary>
internal static class JsonSchemas
{
    public static string Generate(JsonTypeInfo typeInfo, string id, string title, string description)
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(typeInfo, options);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = id,
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in schema.AsObject())
        {
            root[key] = value?.DeepClone();
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        // The exporter does not call back for Nullable<T> of converter-read types, so objects patch their own properties.
        if (schema is JsonObject obj && context.TypeInfo.Kind == JsonTypeInfoKind.Object)
        {
            PatchProperties(obj, context.TypeInfo);
            if (context.TypeInfo.PolymorphismOptions is { } poly && obj["anyOf"] is JsonArray variants)
            {
                foreach (var derived in poly.DerivedTypes)
                {
                    foreach (var variant in variants)
                    {
                        if (variant is JsonObject v && v["properties"]?[poly.TypeDiscriminatorPropertyName]?["const"]?.GetValue<string>() == derived.TypeDiscriminator?.ToString())
                        {
                            PatchProperties(v, context.TypeInfo.Options.GetTypeInfo(derived.DerivedType));
                        }
                    }
                }
            }
        }
        // Nor does it describe the items of an array of converter-read values (e.g. LegalStatus[]): add them.
        if (schema is JsonObject array && context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && !array.ContainsKey("items")
            && context.TypeInfo.ElementType is { } element && Describe(element, new JsonObject()) is { } items)
        {
            array["items"] = items;
        }
        // Nor the values of a dictionary of converter-read values (e.g. Dictionary<string, LocalDate>).
        if (schema is JsonObject map && context.TypeInfo.Kind == JsonTypeInfoKind.Dictionary && !map.ContainsKey("additionalProperties")
            && context.TypeInfo.ElementType is { } value && Describe(value, new JsonObject()) is { } values)
        {
            map["additionalProperties"] = values;
        }
        return Describe(context.PropertyInfo?.PropertyType ?? context.TypeInfo.Type, schema) ?? schema;
    }

    private static void PatchProperties(JsonObject schema, JsonTypeInfo info)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            return;
        }
        foreach (var property in info.Properties)
        {
            if (properties[property.Name] is JsonNode node && Describe(property.PropertyType, node) is { } replacement)
            {
                properties[property.Name] = replacement;
            }
        }
    }

    private static JsonObject? Describe(Type type, JsonNode schema)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null;
        type = underlying ?? type;
        JsonObject? replacement = null;
        if (type == typeof(LocalDate))
        {
            replacement = new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
        }
        else if (type == typeof(Instant))
        {
            replacement = new JsonObject { ["type"] = "string", ["format"] = "date-time" };
        }
        else if (type.IsEnum)
        {
            var names = new JsonArray();
            foreach (var name in Enum.GetNames(type))
            {
                names.Add((JsonNode)JsonValue.Create(name));
            }
            replacement = new JsonObject { ["type"] = "string", ["enum"] = names };
        }
        if (replacement is null)
        {
            return null;
        }
        if (nullable)
        {
            replacement["type"] = new JsonArray("string", "null");
            if (replacement["enum"] is JsonArray e)
            {
                e.Add((JsonNode?)null);
            }
        }
        if (schema is JsonObject original && original["default"] is var d && original.ContainsKey("default"))
        {
            replacement["default"] = d?.DeepClone();
        }
        return replacement;
    }
}
