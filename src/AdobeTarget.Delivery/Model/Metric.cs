using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A click metric.</summary>
public sealed record Metric : WireObject
{
    /// <summary>The metric type.</summary>
    [JsonPropertyName("type")]
    public MetricType? Type { get; set; }

    /// <summary>The selector.</summary>
    [JsonPropertyName("selector")]
    public string? Selector { get; set; }

    /// <summary>The token to send with a click notification.</summary>
    [JsonPropertyName("eventToken")]
    public string? EventToken { get; set; }

    /// <summary>A4T payload.</summary>
    [JsonPropertyName("analytics")]
    public AnalyticsResponse? Analytics { get; set; }
}
