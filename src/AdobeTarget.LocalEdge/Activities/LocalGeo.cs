using System.Text.Json.Serialization;

namespace AdobeTarget.LocalEdge;

/// <summary>A location the edge's geo endpoint answers for an IP address, as Target's geo service does.</summary>
public sealed class LocalGeo
{
    /// <summary>Gets or sets the latitude, from −90 to 90 (<c>x-geo-latitude</c>).</summary>
    [JsonPropertyName("latitude")]
    public double? Latitude { get; set; }

    /// <summary>Gets or sets the longitude, from −180 to 180 (<c>x-geo-longitude</c>).</summary>
    [JsonPropertyName("longitude")]
    public double? Longitude { get; set; }

    /// <summary>Gets or sets the city, such as <c>SAN FRANCISCO</c> (<c>x-geo-city</c>): letters, digits, spaces and <c>.'-</c>, at most 64 characters.</summary>
    [JsonPropertyName("city")]
    public string? City { get; set; }

    /// <summary>Gets or sets the region (state) code, such as <c>CA</c> (<c>x-geo-region-code</c>): 1 to 8 letters or digits.</summary>
    [JsonPropertyName("regionCode")]
    public string? RegionCode { get; set; }

    /// <summary>Gets or sets the two-letter country code, such as <c>US</c> (<c>x-geo-country-code</c>).</summary>
    [JsonPropertyName("countryCode")]
    public string? CountryCode { get; set; }
}
