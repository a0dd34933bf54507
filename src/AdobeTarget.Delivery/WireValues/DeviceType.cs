using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A mobile device type. Known values are static properties; any other wire value read from the edge is kept as it came.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<DeviceType>))]
public readonly record struct DeviceType(string Value) : IWireValue<DeviceType>
{
    /// <summary>The value <c>phone</c>.</summary>
    public static DeviceType Phone { get; } = new("phone");

    /// <summary>The value <c>tablet</c>.</summary>
    public static DeviceType Tablet { get; } = new("tablet");

    /// <inheritdoc />
    public override string ToString() => Value;

    static DeviceType IWireValue<DeviceType>.Create(string value) => new(value);
}
