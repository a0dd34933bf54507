using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Screen properties.</summary>
public sealed record Screen : WireObject
{
    /// <summary>Width.</summary>
    [JsonPropertyName("width")]
    public double? Width { get; set; }

    /// <summary>Height.</summary>
    [JsonPropertyName("height")]
    public double? Height { get; set; }

    /// <summary>Colour depth.</summary>
    [JsonPropertyName("colorDepth")]
    public double? ColorDepth { get; set; }

    /// <summary>Pixel ratio.</summary>
    [JsonPropertyName("pixelRatio")]
    public double? PixelRatio { get; set; }

    /// <summary>Portrait or landscape.</summary>
    [JsonPropertyName("orientation")]
    public ScreenOrientationType? Orientation { get; set; }
}
