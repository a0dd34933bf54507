using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>The wire shape of an option in a consequence.</summary>
internal sealed class ArtifactOption
{
    /// <summary>Option type (html, json, actions, …).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The content (absent when the JSON has none).</summary>
    [JsonPropertyName("content")]
    public JsonElement? Content { get; set; }

    /// <summary>The display event token.</summary>
    [JsonPropertyName("eventToken")]
    public string? EventToken { get; set; }

    /// <summary>Members not modelled, passed through.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
