using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The authentication state of a customer id. Known values are static properties; any other wire value read from the edge is kept as it came.</summary>
/// <param name="Value">The wire value.</param>
[JsonConverter(typeof(WireValueConverter<AuthenticatedState>))]
public readonly record struct AuthenticatedState(string Value) : IWireValue<AuthenticatedState>
{
    /// <summary>The value <c>unknown</c>.</summary>
    public static AuthenticatedState Unknown { get; } = new("unknown");

    /// <summary>The value <c>authenticated</c>.</summary>
    public static AuthenticatedState Authenticated { get; } = new("authenticated");

    /// <summary>The value <c>logged_out</c>.</summary>
    public static AuthenticatedState LoggedOut { get; } = new("logged_out");

    /// <inheritdoc />
    public override string ToString() => Value;

    static AuthenticatedState IWireValue<AuthenticatedState>.Create(string value) => new(value);
}
