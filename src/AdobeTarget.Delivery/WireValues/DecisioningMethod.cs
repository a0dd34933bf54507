using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>How decisions are made. Known values are static properties; any other wire value read from the edge is kept as it came.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<DecisioningMethod>))]
public readonly record struct DecisioningMethod(string Value) : IWireValue<DecisioningMethod>
{
    /// <summary>The value <c>server-side</c>.</summary>
    public static DecisioningMethod ServerSide { get; } = new("server-side");

    /// <summary>The value <c>on-device</c>.</summary>
    public static DecisioningMethod OnDevice { get; } = new("on-device");

    /// <summary>The value <c>hybrid</c>.</summary>
    public static DecisioningMethod Hybrid { get; } = new("hybrid");

    /// <inheritdoc />
    public override string ToString() => Value;

    static DecisioningMethod IWireValue<DecisioningMethod>.Create(string value) => new(value);
}
