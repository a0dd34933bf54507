using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>What the edge prefetches; nothing is counted until a display notification.</summary>
public sealed record PrefetchRequest : WireObject
{
    /// <summary>Views.</summary>
    [JsonPropertyName("views")]
    public IList<ViewRequest>? Views { get; set; }

    /// <summary>The page load (selectors not assigned to a view).</summary>
    [JsonPropertyName("pageLoad")]
    public RequestDetails? PageLoad { get; set; }

    /// <summary>Regional mboxes.</summary>
    [JsonPropertyName("mboxes")]
    public IList<MboxRequest>? Mboxes { get; set; }
}
