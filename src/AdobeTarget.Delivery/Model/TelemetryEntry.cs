using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>One telemetry entry.</summary>
public sealed record TelemetryEntry : WireObject
{
    /// <summary>Request id.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    /// <summary>Timestamp, in milliseconds since the Unix epoch.</summary>
    [JsonPropertyName("timestamp")]
    public long? Timestamp { get; set; }

    /// <summary>Where the request was decided.</summary>
    [JsonPropertyName("mode")]
    public ExecutionMode? Mode { get; set; }

    /// <summary>Execution time in milliseconds.</summary>
    [JsonPropertyName("execution")]
    public double? Execution { get; set; }

    /// <summary>Response parsing time in milliseconds.</summary>
    [JsonPropertyName("parsing")]
    public double? Parsing { get; set; }

    /// <summary>Features used.</summary>
    [JsonPropertyName("features")]
    public TelemetryFeatures? Features { get; set; }

    /// <summary>Request timings.</summary>
    [JsonPropertyName("request")]
    public TelemetryRequest? Request { get; set; }

    /// <summary>Telemetry token from the previous response.</summary>
    [JsonPropertyName("telemetryServerToken")]
    public string? TelemetryServerToken { get; set; }
}
