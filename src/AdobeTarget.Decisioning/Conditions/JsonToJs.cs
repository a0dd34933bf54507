using System.Text.Json;

namespace AdobeTarget.Decisioning.Conditions;

/// <summary>Converts JSON data (literals in conditions) to JavaScript values.</summary>
internal static class JsonToJs
{
    /// <summary>The JavaScript value of a JSON element.</summary>
    public static JsValue Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => JsValue.Null,
        JsonValueKind.True => JsValue.True,
        JsonValueKind.False => JsValue.False,
        JsonValueKind.Number => JsValue.FromNumber(element.GetDouble()),
        JsonValueKind.String => JsValue.FromString(element.GetString()),
        JsonValueKind.Array => JsValue.FromArray(element.EnumerateArray().Select(Convert).ToArray()),
        JsonValueKind.Object => JsValue.FromObject(ConvertObject(element)),
        _ => JsValue.Undefined,
    };

    private static Dictionary<string, JsValue> ConvertObject(JsonElement element)
    {
        var properties = new Dictionary<string, JsValue>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            properties[property.Name] = Convert(property.Value);
        }

        return properties;
    }
}
