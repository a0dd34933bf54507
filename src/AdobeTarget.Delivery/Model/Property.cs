using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The at_property token that scopes delivery to a property.</summary>
public sealed record Property : WireObject
{
    /// <summary>The at_property token.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }
}
