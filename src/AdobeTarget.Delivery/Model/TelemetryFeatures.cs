using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Features used by a request.</summary>
public sealed record TelemetryFeatures : WireObject
{
    /// <summary>The decisioning method.</summary>
    [JsonPropertyName("decisioningMethod")]
    public DecisioningMethod? DecisioningMethod { get; set; }

    /// <summary>Number of executed mboxes.</summary>
    [JsonPropertyName("executeMboxCount")]
    public int? ExecuteMboxCount { get; set; }

    /// <summary>Whether the page load was executed.</summary>
    [JsonPropertyName("executePageLoad")]
    public bool? ExecutePageLoad { get; set; }

    /// <summary>Number of prefetched mboxes.</summary>
    [JsonPropertyName("prefetchMboxCount")]
    public int? PrefetchMboxCount { get; set; }

    /// <summary>Whether the page load was prefetched.</summary>
    [JsonPropertyName("prefetchPageLoad")]
    public bool? PrefetchPageLoad { get; set; }

    /// <summary>Number of prefetched views.</summary>
    [JsonPropertyName("prefetchViewCount")]
    public int? PrefetchViewCount { get; set; }
}
