using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Analytics for Target (A4T) integration.</summary>
public sealed record AnalyticsRequest : WireObject
{
    /// <summary>Supplemental data id, <c>&lt;16 hex&gt;-&lt;16 hex&gt;</c>, for server-side logging.</summary>
    [JsonPropertyName("supplementalDataId")]
    public string? SupplementalDataId { get; set; }

    /// <summary>Whether Analytics is logged by the edge or by the client.</summary>
    [JsonPropertyName("logging")]
    public LoggingType? Logging { get; set; }

    /// <summary>Tracking server domain (no scheme).</summary>
    [JsonPropertyName("trackingServer")]
    public string? TrackingServer { get; set; }

    /// <summary>Secure tracking server domain (no scheme).</summary>
    [JsonPropertyName("trackingServerSecure")]
    public string? TrackingServerSecure { get; set; }
}
