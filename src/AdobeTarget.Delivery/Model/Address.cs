using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The current and referring URLs.</summary>
public sealed record Address : WireObject
{
    /// <summary>The page URL (max 4096 characters).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The referring URL (max 4096 characters).</summary>
    [JsonPropertyName("referringUrl")]
    public string? ReferringUrl { get; set; }
}
