using System.Text.Json.Serialization;

namespace AdobeTarget.LocalEdge;

/// <summary>An A/B activity on one location: a mbox, a view or the page load.</summary>
public sealed class LocalActivity
{
    /// <summary>Gets or sets the activity id (unique in the file).</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Gets or sets the activity name shown in the report.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the mbox the activity runs on.</summary>
    [JsonPropertyName("mbox")]
    public string? Mbox { get; set; }

    /// <summary>Gets or sets the view the activity runs on.</summary>
    [JsonPropertyName("view")]
    public string? View { get; set; }

    /// <summary>Gets or sets a value indicating whether the activity runs on the page load (global mbox).</summary>
    [JsonPropertyName("pageLoad")]
    public bool PageLoad { get; set; }

    /// <summary>
    /// Gets or sets the property tokens (Target "properties", workspaces) the activity is limited to: a request whose
    /// <c>property.token</c> is one of them. Empty or <see langword="null"/>: every request, with or without a token
    /// (as Target's on-device rules filter).
    /// </summary>
    /// <remarks>Tokens are 1 to 64 letters, digits or <c>-</c>.</remarks>
    [JsonPropertyName("propertyTokens")]
    public IList<string>? PropertyTokens { get; set; }

    internal bool AppliesTo(string? propertyToken) =>
        PropertyTokens is not { Count: > 0 } tokens || (propertyToken is not null && tokens.Contains(propertyToken));

    /// <summary>Gets or sets a value indicating whether responses carry a click metric whose notifications count conversions.</summary>
    /// <remarks>Default <see langword="true"/>.</remarks>
    [JsonPropertyName("trackClicks")]
    public bool TrackClicks { get; set; } = true;

    /// <summary>Gets or sets the experiences; each visitor gets one, by weight, and keeps it.</summary>
    [JsonPropertyName("experiences")]
    public IList<LocalExperience> Experiences { get; set; } = [];
}
