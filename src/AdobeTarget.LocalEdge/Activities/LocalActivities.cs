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
