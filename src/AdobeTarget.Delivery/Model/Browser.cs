using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Browser properties (web channel only).</summary>
public sealed record Browser : WireObject
{
    /// <summary>The host of the current page.</summary>
    [JsonPropertyName("host")]
    public string? Host { get; set; }

    /// <summary>Language, in Accept-Language format.</summary>
    [JsonPropertyName("language")]
    public string? Language { get; set; }

    /// <summary>WebGL renderer, for device detection.</summary>
    [JsonPropertyName("webGLRenderer")]
    public string? WebGLRenderer { get; set; }
}
