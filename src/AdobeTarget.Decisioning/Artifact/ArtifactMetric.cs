using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>The wire shape of a metric in a consequence.</summary>
internal sealed class ArtifactMetric
{
    /// <summary>Metric type (display, click).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Click selector.</summary>
    [JsonPropertyName("selector")]
    public string? Selector { get; set; }

    /// <summary>The event token.</summary>
    [JsonPropertyName("eventToken")]
    public string? EventToken { get; set; }

    /// <summary>Members not modelled, passed through.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
