using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Results of execute.</summary>
public sealed record ExecuteResponse : WireObject
{
    /// <summary>The page load result.</summary>
    [JsonPropertyName("pageLoad")]
    public PageLoadResponse? PageLoad { get; set; }

    /// <summary>Regional mbox results.</summary>
    [JsonPropertyName("mboxes")]
    public IList<MboxResponse>? Mboxes { get; set; }
}
