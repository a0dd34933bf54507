using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Product details.</summary>
public sealed record Product : WireObject
{
    /// <summary>Product id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Category id.</summary>
    [JsonPropertyName("categoryId")]
    public string? CategoryId { get; set; }
}
