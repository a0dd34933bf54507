using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>User-agent client hints, used in place of the user agent when given.</summary>
public sealed record ClientHints : WireObject
{
    /// <summary>Sec-CH-UA-Mobile.</summary>
    [JsonPropertyName("mobile")]
    public bool? Mobile { get; set; }

    /// <summary>Sec-CH-UA-Model.</summary>
    [JsonPropertyName("model")]
    public string? Model { get; set; }

    /// <summary>Sec-CH-UA-Platform.</summary>
    [JsonPropertyName("platform")]
    public string? Platform { get; set; }

    /// <summary>Sec-CH-UA-Platform-Version.</summary>
    [JsonPropertyName("platformVersion")]
    public string? PlatformVersion { get; set; }

    /// <summary>Sec-CH-UA.</summary>
    [JsonPropertyName("browserUAWithMajorVersion")]
    public string? BrowserUAWithMajorVersion { get; set; }

    /// <summary>Sec-CH-UA-Full-Version-List.</summary>
    [JsonPropertyName("browserUAWithFullVersion")]
    public string? BrowserUAWithFullVersion { get; set; }

    /// <summary>Sec-CH-UA-Arch.</summary>
    [JsonPropertyName("architecture")]
    public string? Architecture { get; set; }

    /// <summary>Sec-CH-UA-Bitness.</summary>
    [JsonPropertyName("bitness")]
    public string? Bitness { get; set; }
}
