using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The page load of a notification.</summary>
public sealed record NotificationPageLoad : WireObject
{
    /// <summary>The page load state token from the prefetch response.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }
}
