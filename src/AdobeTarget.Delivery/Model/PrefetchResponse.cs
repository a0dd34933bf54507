using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Results of prefetch.</summary>
public sealed record PrefetchResponse : WireObject
{
    /// <summary>Prefetched views.</summary>
    [JsonPropertyName("views")]
    public IList<View>? Views { get; set; }

    /// <summary>Prefetched page load.</summary>
    [JsonPropertyName("pageLoad")]
    public PageLoadResponse? PageLoad { get; set; }

    /// <summary>Prefetched mboxes.</summary>
    [JsonPropertyName("mboxes")]
    public IList<PrefetchMboxResponse>? Mboxes { get; set; }

    /// <summary>Click metrics not assigned to a view.</summary>
    [JsonPropertyName("metrics")]
    public IList<Metric>? Metrics { get; set; }
}
