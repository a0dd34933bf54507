using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A prefetched view.</summary>
public sealed record View : WireObject
{
    /// <summary>The view id (sent by the edge; not in the spec's schema, but in its examples).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>The view name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The view key.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>Options of the view.</summary>
    [JsonPropertyName("options")]
    public IList<Option>? Options { get; set; }

    /// <summary>Click metrics of the view.</summary>
    [JsonPropertyName("metrics")]
    public IList<Metric>? Metrics { get; set; }

    /// <summary>A4T payload.</summary>
    [JsonPropertyName("analytics")]
    public AnalyticsResponse? Analytics { get; set; }

    /// <summary>State token to send back with the display notification.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }

    /// <summary>Trace data, as it came.</summary>
    [JsonPropertyName("trace")]
    public IDictionary<string, JsonElement>? Trace { get; set; }
}
