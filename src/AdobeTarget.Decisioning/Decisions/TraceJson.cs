using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdobeTarget.Decisioning.Conditions;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>JSON helpers for traces (only used when a request asks for a trace).</summary>
internal static class TraceJson
{
    /// <summary>A Delivery API model value as a JSON object.</summary>
    public static JsonObject ToObject(WireObject value)
    {
        var typeInfo = DeliveryJsonContext.Default.GetTypeInfo(value.GetType())
            ?? throw new InvalidOperationException($"No JSON metadata for {value.GetType().Name}.");
        return JsonSerializer.SerializeToNode(value, typeInfo) as JsonObject ?? [];
    }

    /// <summary>A JSON element as a detached node.</summary>
    public static JsonNode? ToNode(JsonElement element) =>
        element.ValueKind == JsonValueKind.Undefined ? null : JsonNode.Parse(element.GetRawText());

    /// <summary>A JavaScript value as a JSON node (non-finite numbers become null, as JSON.stringify does).</summary>
    public static JsonNode? ToNode(JsValue value)
    {
        switch (value.Kind)
        {
            case JsValueKind.Boolean:
                return JsonValue.Create(value.Boolean);
            case JsValueKind.Number:
                return double.IsFinite(value.Number) ? JsonValue.Create(value.Number) : null;
            case JsValueKind.String:
                return JsonValue.Create(value.String);
            case JsValueKind.Array:
                var array = new JsonArray();
                foreach (var element in value.Array!)
                {
                    array.Add(ToNode(element));
                }

                return array;
            case JsValueKind.Object:
                var obj = new JsonObject();
                foreach (var (key, property) in value.Object!)
                {
                    if (property.Kind != JsValueKind.Undefined)
                    {
                        obj[key] = ToNode(property);
                    }
                }

                return obj;
            default:
                return null;
        }
    }

    /// <summary>Writes an object's members to a fresh, immutable dictionary of elements (a deep snapshot).</summary>
    public static Dictionary<string, JsonElement> Snapshot(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            result[property.Name] = property.Value.Clone();
        }

        return result;
    }

    /// <summary>A request detail as traced: its JSON, plus the mbox name for a page load.</summary>
    public static JsonObject Detail(RequestDetails detail, string? name)
    {
        var json = TraceJson.ToObject(detail);
        if (name is not null)
        {
            json["name"] = name;
        }

        return json;
    }
}
