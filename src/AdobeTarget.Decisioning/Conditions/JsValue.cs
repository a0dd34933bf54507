namespace AdobeTarget.Decisioning.Conditions;

/// <summary>
/// A JavaScript value as JsonLogic sees it: what conditions compute over. Immutable; objects and arrays are
/// shared read-only instances.
/// </summary>
internal readonly struct JsValue
{
    private readonly double _number;
    private readonly object? _reference;

    private JsValue(JsValueKind kind, double number, object? reference)
    {
        Kind = kind;
        _number = number;
        _reference = reference;
    }

    /// <summary>JavaScript <c>undefined</c>.</summary>
    public static JsValue Undefined => default;

    /// <summary>JavaScript <c>null</c>.</summary>
    public static JsValue Null { get; } = new(JsValueKind.Null, 0, null);

    /// <summary>JavaScript <c>true</c>.</summary>
    public static JsValue True { get; } = new(JsValueKind.Boolean, 1, null);

    /// <summary>JavaScript <c>false</c>.</summary>
    public static JsValue False { get; } = new(JsValueKind.Boolean, 0, null);

    /// <summary>The value's JavaScript type.</summary>
    public JsValueKind Kind { get; }

    /// <summary>The number (for <see cref="JsValueKind.Number"/>) or 0/1 for booleans.</summary>
    public double Number => _number;

    /// <summary>The boolean (for <see cref="JsValueKind.Boolean"/>).</summary>
    public bool Boolean => _number != 0;

    /// <summary>The string (for <see cref="JsValueKind.String"/>), else null.</summary>
    public string? String => _reference as string;

    /// <summary>The properties (for <see cref="JsValueKind.Object"/>), else null.</summary>
    public IReadOnlyDictionary<string, JsValue>? Object => _reference as IReadOnlyDictionary<string, JsValue>;

    /// <summary>The elements (for <see cref="JsValueKind.Array"/>), else null.</summary>
    public JsValue[]? Array => _reference as JsValue[];

    /// <summary>True for <c>null</c> and <c>undefined</c>.</summary>
    public bool IsNullish => Kind <= JsValueKind.Null;

    /// <summary>The reference behind an object or array, for identity comparison.</summary>
    internal object? Reference => _reference;

    /// <summary>A number value.</summary>
    public static JsValue FromNumber(double value) => new(JsValueKind.Number, value, null);

    /// <summary>A boolean value.</summary>
    public static JsValue FromBoolean(bool value) => value ? True : False;

    /// <summary>A string value, or <c>null</c> when <paramref name="value"/> is null.</summary>
    public static JsValue FromString(string? value) => value is null ? Null : new(JsValueKind.String, 0, value);

    /// <summary>An object value.</summary>
    public static JsValue FromObject(IReadOnlyDictionary<string, JsValue> properties) => new(JsValueKind.Object, 0, properties);

    /// <summary>An array value.</summary>
    public static JsValue FromArray(JsValue[] elements) => new(JsValueKind.Array, 0, elements);

    /// <inheritdoc />
    public override string ToString() => JavaScript.ToJsString(this);
}
