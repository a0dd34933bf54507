using System.Text.Json.Serialization;

namespace AdobeTarget.LocalEdge;

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
