using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Options and metrics of the page load.</summary>
public sealed record PageLoadResponse : WireObject
{
    /// <summary>Options to apply.</summary>
    [JsonPropertyName("options")]
    public IList<Option>? Options { get; set; }

    /// <summary>Click metrics.</summary>
    [JsonPropertyName("metrics")]
    public IList<Metric>? Metrics { get; set; }

    /// <summary>A4T payload.</summary>
    [JsonPropertyName("analytics")]
    public AnalyticsResponse? Analytics { get; set; }

    /// <summary>State token to send back with the display notification (prefetch only).</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Trace data, as it came.</summary>
    [JsonPropertyName("trace")]
    public IDictionary<string, JsonElement>? Trace { get; set; }
}
