using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>The wire shape of <c>rules</c>: raw rules per mbox and per view name, in artifact order.</summary>
internal sealed class ArtifactRuleSets
{
    /// <summary>Rules per mbox name.</summary>
    [JsonPropertyName("mboxes")]
    public Dictionary<string, List<JsonElement>>? Mboxes { get; set; }

    /// <summary>Rules per view name.</summary>
    [JsonPropertyName("views")]
    public Dictionary<string, List<JsonElement>>? Views { get; set; }
}
