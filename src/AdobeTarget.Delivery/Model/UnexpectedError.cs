using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The error body of a failed request: <c>{status, message}</c>.</summary>
public sealed record UnexpectedError : WireObject
{
    /// <summary>HTTP status.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>The edge's message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }
}
