using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>The wire shape of <c>rules.json</c> (top level). Rules stay raw so that a bad rule is skipped alone.</summary>
internal sealed class ArtifactDocument
{
    /// <summary>Semantic version; the major must be 1.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>Artifact meta (client code, environment, …).</summary>
    [JsonPropertyName("meta")]
    public Dictionary<string, JsonElement>? Meta { get; set; }

    /// <summary>The global mbox's name.</summary>
    [JsonPropertyName("globalMbox")]
    public string? GlobalMbox { get; set; }

    /// <summary>Whether geo rules need a geo lookup.</summary>
    [JsonPropertyName("geoTargetingEnabled")]
    public bool? GeoTargetingEnabled { get; set; }

    /// <summary>The response tokens the account enabled.</summary>
    [JsonPropertyName("responseTokens")]
    public List<string>? ResponseTokens { get; set; }

    /// <summary>Mboxes that must be decided on the edge.</summary>
    [JsonPropertyName("remoteMboxes")]
    public List<string>? RemoteMboxes { get; set; }

    /// <summary>Mboxes decided locally.</summary>
    [JsonPropertyName("localMboxes")]
    public List<string>? LocalMboxes { get; set; }

    /// <summary>Views that must be decided on the edge.</summary>
    [JsonPropertyName("remoteViews")]
    public List<string>? RemoteViews { get; set; }

    /// <summary>Views decided locally.</summary>
    [JsonPropertyName("localViews")]
    public List<string>? LocalViews { get; set; }

    /// <summary>The rules per mbox and per view.</summary>
    [JsonPropertyName("rules")]
    public ArtifactRuleSets? Rules { get; set; }
}
