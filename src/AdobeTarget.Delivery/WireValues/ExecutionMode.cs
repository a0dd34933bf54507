using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Where a request was decided. Known values are static properties; any other wire value read from the edge is kept as it came.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<ExecutionMode>))]
public readonly record struct ExecutionMode(string Value) : IWireValue<ExecutionMode>
{
    /// <summary>The value <c>edge</c>.</summary>
    public static ExecutionMode Edge { get; } = new("edge");

    /// <summary>The value <c>local</c>.</summary>
    public static ExecutionMode Local { get; } = new("local");

    /// <inheritdoc />
    public override string ToString() => Value;

    static ExecutionMode IWireValue<ExecutionMode>.Create(string value) => new(value);
}
