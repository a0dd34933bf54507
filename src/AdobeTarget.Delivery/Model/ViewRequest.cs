using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A view to prefetch.</summary>
public sealed record ViewRequest : RequestDetails
{
    /// <summary>The view name (max 128 characters).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The view key (max 512 characters).</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }
}
