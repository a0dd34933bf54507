using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>Where Analytics for Target is logged. Known values are static properties; any other wire value read from the edge is kept as it came.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<LoggingType>))]
public readonly record struct LoggingType(string Value) : IWireValue<LoggingType>
{
    /// <summary>The value <c>server_side</c>.</summary>
    public static LoggingType ServerSide { get; } = new("server_side");

    /// <summary>The value <c>client_side</c>.</summary>
    public static LoggingType ClientSide { get; } = new("client_side");

    /// <inheritdoc />
    public override string ToString() => Value;

    static LoggingType IWireValue<LoggingType>.Create(string value) => new(value);
}
