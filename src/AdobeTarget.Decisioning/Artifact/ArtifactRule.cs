using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdobeTarget.Decisioning.Artifact;

/// <summary>The wire shape of one rule.</summary>
internal sealed class ArtifactRule
{
    /// <summary>The key shared by an activity's rules.</summary>
    [JsonPropertyName("ruleKey")]
    public string? RuleKey { get; set; }

    /// <summary>The activity id.</summary>
    [JsonPropertyName("activityId")]
    public long? ActivityId { get; set; }

    /// <summary>Property tokens the rule is limited to (empty: any request without a property).</summary>
    [JsonPropertyName("propertyTokens")]
    public List<string>? PropertyTokens { get; set; }

    /// <summary>Activity, experience, offer and audience facts.</summary>
    [JsonPropertyName("meta")]
    public Dictionary<string, JsonElement>? Meta { get; set; }

    /// <summary>The JsonLogic condition.</summary>
    [JsonPropertyName("condition")]
    public JsonElement Condition { get; set; }

    /// <summary>What a satisfied rule answers.</summary>
    [JsonPropertyName("consequence")]
    public ArtifactConsequence? Consequence { get; set; }
}
