using System.Text.Json;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>A metric of a compiled rule. Immutable.</summary>
internal sealed class CompiledMetric
{
    /// <summary>Creates the metric.</summary>
    public CompiledMetric(ArtifactMetric source)
    {
        Type = source.Type;
        Selector = source.Selector;
        EventToken = source.EventToken;
        Extra = source.Extra;
    }

    /// <summary>Metric type (display, click).</summary>
    public string? Type { get; }

    /// <summary>Click selector.</summary>
    public string? Selector { get; }

    /// <summary>Event token.</summary>
    public string? EventToken { get; }

    /// <summary>Members passed through unmodelled.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Extra { get; }
}
