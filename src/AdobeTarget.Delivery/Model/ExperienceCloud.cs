using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Audience Manager and Analytics integration.</summary>
public sealed record ExperienceCloud : WireObject
{
    /// <summary>Audience Manager integration.</summary>
    [JsonPropertyName("audienceManager")]
    public AudienceManager? AudienceManager { get; set; }

    /// <summary>Analytics for Target (A4T) integration.</summary>
    [JsonPropertyName("analytics")]
    public AnalyticsRequest? Analytics { get; set; }
}
