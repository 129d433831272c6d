using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Inl.Justice.Serialization;

/// <summary>
/// Checks a JSON document against the shape that a source-generated <see cref="JsonTypeInfo"/> describes and reports
/// <em>every</em> problem (unknown, duplicate, missing or null properties, wrong kinds, bad leaf values, unknown
/// discriminators) with its JSON path. System.Text.Json itself stops at the first problem; this pass runs before it so
/// that a pack author sees all of them at once.
/// </summary>
internal static class JsonShape
{
    public static void Check(JsonElement element, JsonTypeInfo typeInfo, string path, ProblemSink problems)
    {
        var type = typeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (underlying is null && type.IsValueType)
            {
                problems.Add(path, "must not be null");
            }
            return;
        }
        if (underlying is not null)
        {
            Check(element, typeInfo.Options.GetTypeInfo(underlying), path, problems);
            return;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, typeInfo, path, problems);
                break;
            case JsonTypeInfoKind.Enumerable:
                CheckArray(element, typeInfo, path, problems);
                break;
            case JsonTypeInfoKind.Dictionary:
                CheckDictionary(element, typeInfo, path, problems);
                break;
            default:
                CheckLeaf(element, typeInfo, path, problems);
                break;
        }
    }

    private static void CheckObject(JsonElement element, JsonTypeInfo typeInfo, string path, ProblemSink problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, $"expected an object but found {Describe(element)}");
            return;
        }

        var info = typeInfo;
        string? discriminator = null;
        if (typeInfo.PolymorphismOptions is { } poly)
        {
            discriminator = poly.TypeDiscriminatorPropertyName;
            var kinds = poly.DerivedTypes.Select(d => d.TypeDiscriminator?.ToString() ?? string.Empty).ToArray();
            if (!element.TryGetProperty(discriminator, out var kindElement) || kindElement.ValueKind != JsonValueKind.String)
            {
                problems.Add(path, $"missing '{discriminator}' (one of: {string.Join(", ", kinds)})");
                return;
            }
            var kind = kindElement.GetString();
            var derived = poly.DerivedTypes.FirstOrDefault(d => string.Equals(d.TypeDiscriminator?.ToString(), kind, StringComparison.Ordinal));
            if (derived.DerivedType is null)
            {
                problems.Add(Child(path, discriminator), $"unknown {discriminator} '{kind}' (one of: {string.Join(", ", kinds)})");
                return;
            }
            info = typeInfo.Options.GetTypeInfo(derived.DerivedType);
        }

        var byName = new Dictionary<string, JsonPropertyInfo>(StringComparer.Ordinal);
        foreach (var p in info.Properties)
        {
            byName[p.Name] = p;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var childPath = Child(path, property.Name);
            if (!seen.Add(property.Name))
            {
                problems.Add(childPath, $"duplicate property '{property.Name}'");
                continue;
            }
            if (property.Name == discriminator)
            {
                continue;
            }
            if (!byName.TryGetValue(property.Name, out var p))
            {
                problems.Add(childPath, $"unknown property '{property.Name}' (allowed: {string.Join(", ", byName.Keys)})");
                continue;
            }
            if (property.Value.ValueKind == JsonValueKind.Null && !AllowsNull(p))
            {
                problems.Add(childPath, "must not be null");
                continue;
            }
            Check(property.Value, info.Options.GetTypeInfo(p.PropertyType), childPath, problems);
        }

        foreach (var p in info.Properties)
        {
            if (IsRequired(p) && !seen.Contains(p.Name))
            {
                problems.Add(path, $"missing required property '{p.Name}'");
            }
        }
    }

    private static void CheckArray(JsonElement element, JsonTypeInfo typeInfo, string path, ProblemSink problems)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add(path, $"expected an array but found {Describe(element)}");
            return;
        }
        var elementType = typeInfo.ElementType!;
        var elementInfo = typeInfo.Options.GetTypeInfo(elementType);
        var nullable = Nullable.GetUnderlyingType(elementType) is not null;
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (item.ValueKind == JsonValueKind.Null && !nullable)
            {
                problems.Add(itemPath, "must not be null");
            }
            else
            {
                Check(item, elementInfo, itemPath, problems);
            }
            i++;
        }
    }

    private static void CheckDictionary(JsonElement element, JsonTypeInfo typeInfo, string path, ProblemSink problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, $"expected an object but found {Describe(element)}");
            return;
        }
        var valueInfo = typeInfo.Options.GetTypeInfo(typeInfo.ElementType!);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var childPath = Child(path, property.Name);
            if (!seen.Add(property.Name))
            {
                problems.Add(childPath, $"duplicate property '{property.Name}'");
                continue;
            }
            Check(property.Value, valueInfo, childPath, problems);
        }
    }

    private static void CheckLeaf(JsonElement element, JsonTypeInfo typeInfo, string path, ProblemSink problems)
    {
        var type = typeInfo.Type;
        var expected = ExpectedKind(type);
        if (expected is not null && element.ValueKind != expected.Value.Kind)
        {
            problems.Add(path, $"expected {expected.Value.Words} but found {Describe(element)}");
            return;
        }
        try
        {
            _ = element.Deserialize(typeInfo);
        }
        catch (JsonException ex)
        {
            problems.Add(path, LeafMessage(type, ex));
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            problems.Add(path, ex.Message);
        }
    }

    private static string LeafMessage(Type type, JsonException ex)
    {
        if (type == typeof(int) || type == typeof(long))
        {
            return $"expected a whole number within the range of {type.Name}";
        }
        if (type == typeof(decimal) || type == typeof(double))
        {
            return "expected a number";
        }
        var message = ex.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    private static (JsonValueKind Kind, string Words)? ExpectedKind(Type type) =>
        type == typeof(string) ? (JsonValueKind.String, "a string")
        : type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) ? (JsonValueKind.Number, "a number")
        : null;

    private static bool AllowsNull(JsonPropertyInfo p)
    {
        if (p.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(p.PropertyType) is not null;
        }
        return p.AssociatedParameter?.IsNullable ?? p.IsSetNullable;
    }

    private static bool IsRequired(JsonPropertyInfo p) =>
        p.IsRequired || p.AssociatedParameter is { HasDefaultValue: false };

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => e.ValueKind.ToString(),
    };

    /// <summary>Appends a property to a JSON path, quoting names that are not plain identifiers.</summary>
    public static string Child(string path, string name)
    {
        var plain = name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$') && !char.IsAsciiDigit(name[0]);
        return plain ? path + "." + name : path + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    /// <summary>Appends an index to a JSON path.</summary>
    public static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
