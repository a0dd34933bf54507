using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Geo data; when absent the edge may resolve it from the IP address.</summary>
public sealed record Geo : WireObject
{
    /// <summary>IPv4 or IPv6 address used for geo resolution.</summary>
    [JsonPropertyName("ipAddress")]
    public string? IpAddress { get; set; }

    /// <summary>Latitude.</summary>
    [JsonPropertyName("latitude")]
    public double? Latitude { get; set; }

    /// <summary>Longitude.</summary>
    [JsonPropertyName("longitude")]
    public double? Longitude { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    [JsonPropertyName("countryCode")]
    public string? CountryCode { get; set; }

    /// <summary>ISO 3166-2 subdivision code.</summary>
    [JsonPropertyName("stateCode")]
    public string? StateCode { get; set; }

    /// <summary>City.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>Zip or postal code.</summary>
    [JsonPropertyName("zip")]
    public string? Zip { get; set; }
}
