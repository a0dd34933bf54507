using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Order details.</summary>
public sealed record Order : WireObject
{
    /// <summary>Order id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Order total.</summary>
    [JsonPropertyName("total")]
    public decimal? Total { get; set; }

    /// <summary>Purchased product ids.</summary>
    [JsonPropertyName("purchasedProductIds")]
    public IList<string>? PurchasedProductIds { get; set; }

    /// <summary>Order time.</summary>
    [JsonPropertyName("time")]
    public DateTimeOffset? Time { get; set; }

    /// <summary>Experience local id.</summary>
    [JsonPropertyName("experienceLocalId")]
    public int? ExperienceLocalId { get; set; }

    /// <summary>Whether the order is a duplicate.</summary>
    [JsonPropertyName("duplicate")]
    public bool? Duplicate { get; set; }

    /// <summary>Whether the order is an outlier.</summary>
    [JsonPropertyName("outlier")]
    public bool? Outlier { get; set; }
}
