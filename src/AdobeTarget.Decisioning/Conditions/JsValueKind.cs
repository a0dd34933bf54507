namespace AdobeTarget.Decisioning.Conditions;

/// <summary>The JavaScript type of a <see cref="JsValue"/>.</summary>
internal enum JsValueKind : byte
{
    /// <summary>JavaScript <c>undefined</c> (an absent argument).</summary>
    Undefined,

    /// <summary>JavaScript <c>null</c> (also what a missing <c>var</c> yields).</summary>
    Null,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A number (IEEE double).</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>A plain object: keys to values, in insertion order.</summary>
    Object,

    /// <summary>An array.</summary>
    Array,
}
