using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Timings of a request.</summary>
public sealed record TelemetryRequest : WireObject
{
    /// <summary>DNS time in milliseconds.</summary>
    [JsonPropertyName("dns")]
    public double? Dns { get; set; }

    /// <summary>TLS time in milliseconds.</summary>
    [JsonPropertyName("tls")]
    public double? Tls { get; set; }

    /// <summary>Time to first byte in milliseconds.</summary>
    [JsonPropertyName("timeToFirstByte")]
    public double? TimeToFirstByte { get; set; }

    /// <summary>Download time in milliseconds.</summary>
    [JsonPropertyName("download")]
    public double? Download { get; set; }

    /// <summary>Response size in bytes.</summary>
    [JsonPropertyName("responseSize")]
    public long? ResponseSize { get; set; }
}
