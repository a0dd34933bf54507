using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The channel of a request. Known values are static properties; any other wire value read from the edge is kept as it came.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ChannelType>))]
public readonly record struct ChannelType(string Value) : IWireValue<ChannelType>
{
    /// <summary>The value <c>mobile</c>.</summary>
    public static ChannelType Mobile { get; } = new("mobile");

    /// <summary>The value <c>web</c>.</summary>
    public static ChannelType Web { get; } = new("web");

    /// <inheritdoc />
    public override string ToString() => Value;

    static ChannelType IWireValue<ChannelType>.Create(string value) => new(value);
}
