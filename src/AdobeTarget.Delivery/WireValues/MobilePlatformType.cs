using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A mobile platform. Known values are static properties; any other wire value read from the edge is kept as it came.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<MobilePlatformType>))]
public readonly record struct MobilePlatformType(string Value) : IWireValue<MobilePlatformType>
{
    /// <summary>The value <c>android</c>.</summary>
    public static MobilePlatformType Android { get; } = new("android");

    /// <summary>The value <c>ios</c>.</summary>
    public static MobilePlatformType Ios { get; } = new("ios");

    /// <inheritdoc />
    public override string ToString() => Value;

    static MobilePlatformType IWireValue<MobilePlatformType>.Create(string value) => new(value);
}
