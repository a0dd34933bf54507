namespace AdobeTarget.Delivery;

/// <summary>A string-valued wire enumeration that keeps values it does not know.</summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
internal interface IWireValue<TSelf>
    where TSelf : struct, IWireValue<TSelf>
{
    /// <summary>Gets the wire value.</summary>
    string Value { get; }

    /// <summary>Creates the value from its wire form.</summary>
    static abstract TSelf Create(string value);
}
