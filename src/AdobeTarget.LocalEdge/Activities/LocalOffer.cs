using System.Text.Json.Serialization;

namespace AdobeTarget.LocalEdge;

/// <summary>An offer: HTML, JSON or a redirect.</summary>
public sealed class LocalOffer
{
    /// <summary>Gets or sets the offer type: <c>html</c>, <c>json</c> or <c>redirect</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "html";

    /// <summary>Gets or sets the content: a string for <c>html</c> and <c>redirect</c>, an object for <c>json</c>.</summary>
    [JsonPropertyName("content")]
    public System.Text.Json.JsonElement Content { get; set; }
}
