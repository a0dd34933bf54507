using System.Text.Json.Serialization;

namespace AdobeTarget.LocalEdge;

/// <summary>
/// The activities a local edge serves, as written by hand in an activities file (JSON). See the README of the
/// repository for an example.
/// </summary>
public sealed class LocalActivities
{
    /// <summary>Gets or sets the activities.</summary>
    [JsonPropertyName("activities")]
    public IList<LocalActivity> Activities { get; set; } = [];
}

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

    /// <summary>Gets or sets a value indicating whether responses carry a click metric whose notifications count conversions.</summary>
    /// <remarks>Default <see langword="true"/>.</remarks>
    [JsonPropertyName("trackClicks")]
    public bool TrackClicks { get; set; } = true;

    /// <summary>Gets or sets the experiences; each visitor gets one, by weight, and keeps it.</summary>
    [JsonPropertyName("experiences")]
    public IList<LocalExperience> Experiences { get; set; } = [];
}

/// <summary>One experience of an activity.</summary>
public sealed class LocalExperience
{
    /// <summary>Gets or sets the experience id (unique in its activity).</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    /// <summary>Gets or sets the experience name shown in the report.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the share of visitors, relative to the other experiences' weights.</summary>
    [JsonPropertyName("weight")]
    public double Weight { get; set; } = 1;

    /// <summary>Gets or sets the offers the experience returns.</summary>
    [JsonPropertyName("offers")]
    public IList<LocalOffer> Offers { get; set; } = [];

    /// <summary>Gets or sets response tokens added to the ones the edge fills itself (<c>activity.id</c>, <c>experience.name</c>…).</summary>
    [JsonPropertyName("responseTokens")]
    public IDictionary<string, string>? ResponseTokens { get; set; }
}

/// <summary>An offer: HTML, JSON or a redirect.</summary>
public sealed class LocalOffer
{
    /// <summary>Gets or sets the offer type: <c>html</c>, <c>json</c> or <c>redirect</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "html";

    /// <summary>Gets or sets the content: a string for <c>html</c> and <c>redirect</c>, an object for <c>json</c>.</summary>
    [JsonPropertyName("content")]
    public System.Text.Json.JsonElement Content { get; set; }
}
