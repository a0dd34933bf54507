using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The result for one mbox.</summary>
public record MboxResponse : WireObject
{
    /// <summary>The index of the mbox in the request.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }

    /// <summary>The mbox name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The matched options.</summary>
    [JsonPropertyName("options")]
    public IList<Option>? Options { get; set; }

    /// <summary>Click metrics.</summary>
    [JsonPropertyName("metrics")]
    public IList<Metric>? Metrics { get; set; }

    /// <summary>A4T payload.</summary>
    [JsonPropertyName("analytics")]
    public AnalyticsResponse? Analytics { get; set; }

    /// <summary>Trace data, as it came.</summary>
    [JsonPropertyName("trace")]
    public IDictionary<string, JsonElement>? Trace { get; set; }
}
