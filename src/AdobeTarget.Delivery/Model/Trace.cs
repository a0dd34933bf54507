using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Enables the delivery trace.</summary>
public sealed record Trace : WireObject
{
    /// <summary>The trace authorization token.</summary>
    [JsonPropertyName("authorizationToken")]
    public string? AuthorizationToken { get; set; }

    /// <summary>SDK usage metadata.</summary>
    [JsonPropertyName("usage")]
    public IDictionary<string, string>? Usage { get; set; }
}
