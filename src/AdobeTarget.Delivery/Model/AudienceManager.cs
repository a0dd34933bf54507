using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Audience Manager (AAM) integration.</summary>
public sealed record AudienceManager : WireObject
{
    /// <summary>DCS location hint.</summary>
    [JsonPropertyName("locationHint")]
    public int? LocationHint { get; set; }

    /// <summary>AAM blob.</summary>
    [JsonPropertyName("blob")]
    public string? Blob { get; set; }
}
