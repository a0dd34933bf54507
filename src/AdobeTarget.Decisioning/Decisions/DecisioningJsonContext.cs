using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>Source-generated JSON metadata for the values the engine writes into responses.</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DecisioningJsonContext : JsonSerializerContext
{
    /// <summary>A JSON string element.</summary>
    public static JsonElement StringElement(string value) => JsonSerializer.SerializeToElement(value, Default.String);

    /// <summary>A JSON number element.</summary>
    public static JsonElement NumberElement(double value) => JsonSerializer.SerializeToElement(value, Default.Double);

    /// <summary>A JSON array of strings.</summary>
    public static JsonElement StringArrayElement(IReadOnlyList<string> values) =>
        values.Count == 0 ? EmptyArray : JsonSerializer.SerializeToElement(values.ToArray(), Default.StringArray);

    private static readonly JsonElement EmptyArray = CreateEmptyArray();

    private static JsonElement CreateEmptyArray()
    {
        using var document = JsonDocument.Parse("[]");
        return document.RootElement.Clone();
    }
}
