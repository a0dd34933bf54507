using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>An activity and experience to preview in QA mode (both 1-based).</summary>
public sealed record QAModePreviewIndex : WireObject
{
    /// <summary>Activity index in the token's list.</summary>
    [JsonPropertyName("activityIndex")]
    public int? ActivityIndex { get; set; }

    /// <summary>Experience index in the activity.</summary>
    [JsonPropertyName("experienceIndex")]
    public int? ExperienceIndex { get; set; }
}
