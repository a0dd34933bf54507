using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AdobeTarget.Internal;

namespace AdobeTarget;

/// <summary>
/// The JSON offers of mboxes read as attributes (feature flags, settings), as the official SDKs' <c>getAttributes</c>
/// gives them. The JSON options of a mbox, executed and prefetched, are merged; a later option's key wins.
/// </summary>
public sealed class TargetAttributes
{
    private static readonly IReadOnlyDictionary<string, JsonElement> None = new Dictionary<string, JsonElement>();
    private readonly Dictionary<string, Dictionary<string, JsonElement>> _byMbox;

    internal TargetAttributes(TargetDeliveryResponse response, Dictionary<string, Dictionary<string, JsonElement>> byMbox)
    {
        Response = response;
        _byMbox = byMbox;
    }

    /// <summary>Gets the full response, with the cookies to write.</summary>
    public TargetDeliveryResponse Response { get; }

    /// <summary>Gets every attribute of a mbox; empty when the mbox returned no JSON offer.</summary>
    /// <param name="mbox">The mbox name.</param>
    /// <returns>The attributes by key, values as they came.</returns>
    public IReadOnlyDictionary<string, JsonElement> AsDictionary(string mbox) =>
        _byMbox.TryGetValue(mbox, out var attributes) ? attributes : None;

    /// <summary>Gets one attribute as a <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="decimal"/> or <see cref="JsonElement"/>.</summary>
    /// <typeparam name="T">One of the types above; use the overload with a <see cref="JsonTypeInfo{T}"/> for others.</typeparam>
    /// <param name="mbox">The mbox name.</param>
    /// <param name="key">The attribute key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The mbox has no such attribute.</exception>
    /// <exception cref="InvalidCastException">The value is not of type <typeparamref name="T"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the types above.</exception>
    public T GetValue<T>(string mbox, string key)
    {
        var element = Find(mbox, key);
        return AttributeValue.TryConvert<T>(element, out var value)
            ? value
            : throw new InvalidCastException($"Attribute '{key}' of mbox '{mbox}' is a JSON {element.ValueKind}, not a {typeof(T).Name}.");
    }

    /// <summary>Gets one attribute of any type, read with source-generated metadata.</summary>
    /// <typeparam name="T">The attribute type.</typeparam>
    /// <param name="mbox">The mbox name.</param>
    /// <param name="key">The attribute key.</param>
    /// <param name="typeInfo">The metadata of <typeparamref name="T"/>, from a <c>JsonSerializerContext</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The mbox has no such attribute.</exception>
    /// <exception cref="JsonException">The value does not fit <typeparamref name="T"/>.</exception>
    public T? GetValue<T>(string mbox, string key, JsonTypeInfo<T> typeInfo) => Find(mbox, key).Deserialize(typeInfo);

    /// <summary>Tries to get one attribute; see <see cref="GetValue{T}(string, string)"/> for the types.</summary>
    /// <typeparam name="T">The attribute type.</typeparam>
    /// <param name="mbox">The mbox name.</param>
    /// <param name="key">The attribute key.</param>
    /// <param name="value">The value, when found and of type <typeparamref name="T"/>.</param>
    /// <returns><see langword="true"/> when the attribute exists and is of type <typeparamref name="T"/>.</returns>
    public bool TryGetValue<T>(string mbox, string key, out T value)
    {
        value = default!;
        return AsDictionary(mbox).TryGetValue(key, out var element) && AttributeValue.TryConvert(element, out value);
    }

    private JsonElement Find(string mbox, string key) =>
        AsDictionary(mbox).TryGetValue(key, out var element)
            ? element
            : throw new KeyNotFoundException($"Mbox '{mbox}' has no attribute '{key}'.");
}
