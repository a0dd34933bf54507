using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The context of a request: channel, device, page and location.</summary>
public sealed record Context : WireObject
{
    /// <summary>The channel; only activities of that channel are evaluated.</summary>
    [JsonPropertyName("channel")]
    public ChannelType? Channel { get; set; }

    /// <summary>Mobile platform, for the mobile channel.</summary>
    [JsonPropertyName("mobilePlatform")]
    public MobilePlatform? MobilePlatform { get; set; }

    /// <summary>Application identifiers.</summary>
    [JsonPropertyName("application")]
    public Application? Application { get; set; }

    /// <summary>Screen properties.</summary>
    [JsonPropertyName("screen")]
    public Screen? Screen { get; set; }

    /// <summary>Window dimensions.</summary>
    [JsonPropertyName("window")]
    public Window? Window { get; set; }

    /// <summary>Browser properties, for the web channel.</summary>
    [JsonPropertyName("browser")]
    public Browser? Browser { get; set; }

    /// <summary>The page URL and referrer.</summary>
    [JsonPropertyName("address")]
    public Address? Address { get; set; }

    /// <summary>Geo data, or the IP address to resolve it from.</summary>
    [JsonPropertyName("geo")]
    public Geo? Geo { get; set; }

    /// <summary>The client's offset from UTC, in minutes.</summary>
    [JsonPropertyName("timeOffsetInMinutes")]
    public double? TimeOffsetInMinutes { get; set; }

    /// <summary>The visitor's user agent; the edge ignores the HTTP User-Agent header.</summary>
    [JsonPropertyName("userAgent")]
    public string? UserAgent { get; set; }

    /// <summary>User-agent client hints.</summary>
    [JsonPropertyName("clientHints")]
    public ClientHints? ClientHints { get; set; }

    /// <summary>When true the edge answers 204 with no body.</summary>
    [JsonPropertyName("beacon")]
    public bool? Beacon { get; set; }
}
