using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The identifiers of a visitor; at least one of tntId, thirdPartyId or marketingCloudVisitorId is expected.</summary>
public sealed record VisitorId : WireObject
{
    /// <summary>Target's visitor id, possibly suffixed with the profile location hint (<c>….21_27</c>).</summary>
    [JsonPropertyName("tntId")]
    public string? TntId { get; set; }

    /// <summary>The application's own visitor id.</summary>
    [JsonPropertyName("thirdPartyId")]
    public string? ThirdPartyId { get; set; }

    /// <summary>Experience Cloud visitor id (ECID).</summary>
    [JsonPropertyName("marketingCloudVisitorId")]
    public string? MarketingCloudVisitorId { get; set; }

    /// <summary>Additional customer ids (at most 50).</summary>
    [JsonPropertyName("customerIds")]
    public IList<CustomerId>? CustomerIds { get; set; }
}
