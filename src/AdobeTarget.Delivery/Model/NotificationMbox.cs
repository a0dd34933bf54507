using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The mbox of a notification.</summary>
public sealed record NotificationMbox : WireObject
{
    /// <summary>The mbox name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The mbox state token from the prefetch response.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }
}
