using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>What the edge evaluates now, counting impressions.</summary>
public sealed record ExecuteRequest : WireObject
{
    /// <summary>The global mbox (page load).</summary>
    [JsonPropertyName("pageLoad")]
    public RequestDetails? PageLoad { get; set; }

    /// <summary>Regional mboxes.</summary>
    [JsonPropertyName("mboxes")]
    public IList<MboxRequest>? Mboxes { get; set; }
}
