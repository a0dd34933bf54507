using System.Text.Json.Serialization;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>The wire shape of a rule's consequence.</summary>
internal sealed class ArtifactConsequence
{
    /// <summary>The mbox or view name answered.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The options.</summary>
    [JsonPropertyName("options")]
    public List<ArtifactOption>? Options { get; set; }

    /// <summary>The metrics.</summary>
    [JsonPropertyName("metrics")]
    public List<ArtifactMetric>? Metrics { get; set; }
}
