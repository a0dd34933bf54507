using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The view of a notification.</summary>
public sealed record NotificationView : WireObject
{
    /// <summary>The view name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The view key.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>The view state token from the prefetch response.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }
}
