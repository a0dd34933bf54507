using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>SDK telemetry.</summary>
public sealed record Telemetry : WireObject
{
    /// <summary>Telemetry entries.</summary>
    [JsonPropertyName("entries")]
    public IList<TelemetryEntry>? Entries { get; set; }
}
