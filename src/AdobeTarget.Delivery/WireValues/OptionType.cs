using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The type of an option's content. Known values are static properties; any other wire value read from the edge is kept as it came.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<OptionType>))]
public readonly record struct OptionType(string Value) : IWireValue<OptionType>
{
    /// <summary>The value <c>html</c>.</summary>
    public static OptionType Html { get; } = new("html");

    /// <summary>The value <c>json</c>.</summary>
    public static OptionType Json { get; } = new("json");

    /// <summary>The value <c>redirect</c>.</summary>
    public static OptionType Redirect { get; } = new("redirect");

    /// <summary>The value <c>dynamic</c>.</summary>
    public static OptionType Dynamic { get; } = new("dynamic");

    /// <summary>The value <c>actions</c>.</summary>
    public static OptionType Actions { get; } = new("actions");

    /// <inheritdoc />
    public override string ToString() => Value;

    static OptionType IWireValue<OptionType>.Create(string value) => new(value);
}
