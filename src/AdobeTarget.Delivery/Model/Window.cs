using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Window dimensions.</summary>
public sealed record Window : WireObject
{
    /// <summary>Width.</summary>
    [JsonPropertyName("width")]
    public double? Width { get; set; }

    /// <summary>Height.</summary>
    [JsonPropertyName("height")]
    public double? Height { get; set; }
}
