using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Order details for Auto-Target (ABT) activities.</summary>
public sealed record ABTOrder : WireObject
{
    /// <summary>Order id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Decision stack id.</summary>
    [JsonPropertyName("decisionStackId")]
    public int? DecisionStackId { get; set; }

    /// <summary>Order total.</summary>
    [JsonPropertyName("total")]
    public decimal? Total { get; set; }

    /// <summary>Order time.</summary>
    [JsonPropertyName("time")]
    public DateTimeOffset? Time { get; set; }

    /// <summary>Product ids.</summary>
    [JsonPropertyName("productIds")]
    public IList<int>? ProductIds { get; set; }
}
