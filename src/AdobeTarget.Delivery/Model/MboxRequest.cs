using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A regional mbox to execute or prefetch.</summary>
public sealed record MboxRequest : RequestDetails
{
    /// <summary>Correlates the mbox with its response; unique within the list.</summary>
    [JsonPropertyName("index")]
    public int? Index { get; set; }

    /// <summary>The mbox name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
