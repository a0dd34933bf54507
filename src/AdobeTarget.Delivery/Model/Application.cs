using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Application identifiers; when given, only matching activities are evaluated.</summary>
public sealed record Application : WireObject
{
    /// <summary>Application id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Application name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Application version.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }
}
