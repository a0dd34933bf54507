using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A screen orientation. Known values are static properties; any other wire value read from the edge is kept as it came.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ScreenOrientationType>))]
public readonly record struct ScreenOrientationType(string Value) : IWireValue<ScreenOrientationType>
{
    /// <summary>The value <c>portrait</c>.</summary>
    public static ScreenOrientationType Portrait { get; } = new("portrait");

    /// <summary>The value <c>landscape</c>.</summary>
    public static ScreenOrientationType Landscape { get; } = new("landscape");

    /// <inheritdoc />
    public override string ToString() => Value;

    static ScreenOrientationType IWireValue<ScreenOrientationType>.Create(string value) => new(value);
}
