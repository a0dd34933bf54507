using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Analytics metadata of a response item.</summary>
public sealed record AnalyticsResponse : WireObject
{
    /// <summary>The A4T payload.</summary>
    [JsonPropertyName("payload")]
    public AnalyticsPayload? Payload { get; set; }
}
