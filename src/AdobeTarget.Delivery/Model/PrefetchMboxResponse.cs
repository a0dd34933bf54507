using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The result for one prefetched mbox.</summary>
public sealed record PrefetchMboxResponse : MboxResponse
{
    /// <summary>State token to send back with the display notification.</summary>
    [JsonPropertyName("state")]
    public string? State { get; set; }
}
