using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Details common to execute, prefetch and notifications.</summary>
public record RequestDetails : WireObject
{
    /// <summary>The page URL and referrer for this item.</summary>
    [JsonPropertyName("address")]
    public Address? Address { get; set; }

    /// <summary>Mbox parameters (at most 50). Numbers and booleans sent by other SDKs read as their text.</summary>
    [JsonPropertyName("parameters")]
    [JsonConverter(typeof(LenientStringMapConverter))]
    public IDictionary<string, string>? Parameters { get; set; }

    /// <summary>Profile parameters (at most 50). Numbers and booleans sent by other SDKs read as their text.</summary>
    [JsonPropertyName("profileParameters")]
    [JsonConverter(typeof(LenientStringMapConverter))]
    public IDictionary<string, string>? ProfileParameters { get; set; }

    /// <summary>Order details.</summary>
    [JsonPropertyName("order")]
    public Order? Order { get; set; }

    /// <summary>Product details.</summary>
    [JsonPropertyName("product")]
    public Product? Product { get; set; }
}
