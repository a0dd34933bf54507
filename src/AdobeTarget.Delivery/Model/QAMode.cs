using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>QA mode settings.</summary>
public sealed record QAMode : WireObject
{
    /// <summary>The encrypted QA mode token.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    /// <summary>Whether only the token's activities are evaluated.</summary>
    [JsonPropertyName("listedActivitiesOnly")]
    public bool? ListedActivitiesOnly { get; set; }

    /// <summary>Audiences always evaluated as true.</summary>
    [JsonPropertyName("evaluateAsTrueAudienceIds")]
    public IList<long>? EvaluateAsTrueAudienceIds { get; set; }

    /// <summary>Audiences always evaluated as false.</summary>
    [JsonPropertyName("evaluateAsFalseAudienceIds")]
    public IList<long>? EvaluateAsFalseAudienceIds { get; set; }

    /// <summary>Activity and experience indexes to preview.</summary>
    [JsonPropertyName("previewIndexes")]
    public IList<QAModePreviewIndex>? PreviewIndexes { get; set; }
}
