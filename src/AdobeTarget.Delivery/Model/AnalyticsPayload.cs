using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The payload to send to Analytics after content is applied (client-side A4T).</summary>
public sealed record AnalyticsPayload : WireObject
{
    /// <summary>Marks the payload as Target's.</summary>
    [JsonPropertyName("pe")]
    public string? Pe { get; set; }

    /// <summary>Activity and experience metadata.</summary>
    [JsonPropertyName("tnta")]
    public string? Tnta { get; set; }
}
