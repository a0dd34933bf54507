using System.Text.Json.Serialization;

namespace AdobeTarget.LocalEdge;

/// <summary>
/// The activities a local edge serves, as written by hand in an activities file (JSON). See the README of the
/// repository for an example.
/// </summary>
public sealed class LocalActivities
{
    /// <summary>Gets or sets the activities.</summary>
    [JsonPropertyName("activities")]
    public IList<LocalActivity> Activities { get; set; } = [];

    /// <summary>
    /// Gets or sets the locations the geo endpoint (<c>GET {prefix}/v1/geo</c>) answers, by IP address (IPv4 or IPv6).
    /// A non-empty map also sets <c>geoTargetingEnabled</c> in the published artifact, so on-device clients look up geo.
    /// </summary>
    /// <remarks>At most <see cref="MaxGeoEntries"/> entries. An address not in the map gets <see cref="DefaultGeo"/>.</remarks>
    [JsonPropertyName("geo")]
    public IDictionary<string, LocalGeo>? Geo { get; set; }

    /// <summary>Gets or sets the location answered for an address that is not in <see cref="Geo"/> (or none was sent).</summary>
    /// <remarks>Default <see langword="null"/>: an empty answer (<c>{}</c>), a location Target's geo service does not know.</remarks>
    [JsonPropertyName("defaultGeo")]
    public LocalGeo? DefaultGeo { get; set; }

    /// <summary>The largest number of entries in <see cref="Geo"/>: 1,000.</summary>
    public const int MaxGeoEntries = 1_000;
}
