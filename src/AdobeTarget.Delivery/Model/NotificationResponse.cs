using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A processed notification.</summary>
public sealed record NotificationResponse : WireObject
{
    /// <summary>The id of the notification processed.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Trace data, as it came.</summary>
    [JsonPropertyName("trace")]
    public IDictionary<string, JsonElement>? Trace { get; set; }
}
