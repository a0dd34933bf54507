using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The type of a metric or notification. Known values are static properties; any other wire value read from the edge is kept as it came.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<MetricType>))]
public readonly record struct MetricType(string Value) : IWireValue<MetricType>
{
    /// <summary>The value <c>click</c>.</summary>
    public static MetricType Click { get; } = new("click");

    /// <summary>The value <c>display</c>.</summary>
    public static MetricType Display { get; } = new("display");

    /// <inheritdoc />
    public override string ToString() => Value;

    static MetricType IWireValue<MetricType>.Create(string value) => new(value);
}
