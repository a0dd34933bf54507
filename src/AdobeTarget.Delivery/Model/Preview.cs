using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Preview mode settings.</summary>
public sealed record Preview : WireObject
{
    /// <summary>The preview token.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }
}
