using System.Text;

namespace AdobeTarget.Decisioning.Conditions;

/// <summary>
/// JavaScript's conversion and comparison rules (ECMAScript ToNumber, ToString, ToPrimitive, abstract equality and
/// relational comparison) as json-logic-js applies them, which the rules artifacts depend on.
/// </summary>
internal static class JavaScript
{
    /// <summary>JsonLogic truthiness: JavaScript's, except that an empty array is false.</summary>
    public static bool IsTruthyForLogic(JsValue value) =>
        value.Kind == JsValueKind.Array ? value.Array!.Length > 0 : IsTruthy(value);

    /// <summary>Plain JavaScript truthiness (any object or array is true).</summary>
    public static bool IsTruthy(JsValue value) => value.Kind switch
    {
        JsValueKind.Undefined or JsValueKind.Null => false,
        JsValueKind.Boolean => value.Boolean,
        JsValueKind.Number => value.Number != 0 && !double.IsNaN(value.Number),
        JsValueKind.String => value.String!.Length > 0,
        _ => true,
    };

    /// <summary>ECMAScript ToNumber.</summary>
    public static double ToNumber(JsValue value) => value.Kind switch
    {
        JsValueKind.Undefined => double.NaN,
        JsValueKind.Null => 0,
        JsValueKind.Boolean or JsValueKind.Number => value.Number,
        JsValueKind.String => JavaScriptNumbers.StringToNumber(value.String!),
        _ => JavaScriptNumbers.StringToNumber(ToJsString(value)),
    };

    /// <summary>ECMAScript ToString (objects as <c>[object Object]</c>, arrays joined with commas).</summary>
    public static string ToJsString(JsValue value) => value.Kind switch
    {
        JsValueKind.Undefined => "undefined",
        JsValueKind.Null => "null",
        JsValueKind.Boolean => value.Boolean ? "true" : "false",
        JsValueKind.Number => JavaScriptNumbers.NumberToString(value.Number),
        JsValueKind.String => value.String!,
        JsValueKind.Object => "[object Object]",
        _ => JoinArray(value.Array!),
    };

    /// <summary>JavaScript's abstract (loose) equality, <c>a == b</c>.</summary>
    public static bool LooseEquals(JsValue a, JsValue b)
    {
        while (true)
        {
            if (a.IsNullish || b.IsNullish)
            {
                return a.IsNullish && b.IsNullish;
            }

            if (a.Kind == b.Kind)
            {
                return StrictEqualsSameKind(a, b);
            }

            if (a.Kind == JsValueKind.Boolean)
            {
                a = JsValue.FromNumber(a.Number);
                continue;
            }

            if (b.Kind == JsValueKind.Boolean)
            {
                b = JsValue.FromNumber(b.Number);
                continue;
            }

            if (IsComposite(a) || IsComposite(b))
            {
                if (IsComposite(a) && IsComposite(b))
                {
                    return ReferenceEquals(a.Reference, b.Reference);
                }

                a = ToPrimitive(a);
                b = ToPrimitive(b);
                continue;
            }

            // number and string: compare as numbers
            return ToNumber(a) == ToNumber(b);
        }
    }

    /// <summary>JavaScript's strict equality, <c>a === b</c>.</summary>
    public static bool StrictEquals(JsValue a, JsValue b) => a.Kind == b.Kind && StrictEqualsSameKind(a, b);

    /// <summary>JavaScript's <c>a &lt; b</c>: ordinal when both are strings, else numeric (NaN compares false).</summary>
    public static bool LessThan(JsValue a, JsValue b)
    {
        a = ToPrimitive(a);
        b = ToPrimitive(b);
        if (a.Kind == JsValueKind.String && b.Kind == JsValueKind.String)
        {
            return string.CompareOrdinal(a.String, b.String) < 0;
        }

        return ToNumber(a) < ToNumber(b);
    }

    /// <summary>JavaScript's <c>a &lt;= b</c>: ordinal when both are strings, else numeric (NaN compares false).</summary>
    public static bool LessThanOrEqual(JsValue a, JsValue b)
    {
        a = ToPrimitive(a);
        b = ToPrimitive(b);
        if (a.Kind == JsValueKind.String && b.Kind == JsValueKind.String)
        {
            return string.CompareOrdinal(a.String, b.String) <= 0;
        }

        return ToNumber(a) <= ToNumber(b);
    }

    /// <summary>ECMAScript ToPrimitive with the default hint: objects and arrays become strings.</summary>
    public static JsValue ToPrimitive(JsValue value) =>
        IsComposite(value) ? JsValue.FromString(ToJsString(value)) : value;

    private static bool IsComposite(JsValue value) => value.Kind >= JsValueKind.Object;

    private static bool StrictEqualsSameKind(JsValue a, JsValue b) => a.Kind switch
    {
        JsValueKind.Undefined or JsValueKind.Null => true,
        JsValueKind.Boolean or JsValueKind.Number => a.Number == b.Number,
        JsValueKind.String => string.Equals(a.String, b.String, StringComparison.Ordinal),
        _ => ReferenceEquals(a.Reference, b.Reference),
    };

    private static string JoinArray(JsValue[] elements)
    {
        if (elements.Length == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (int i = 0; i < elements.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            if (!elements[i].IsNullish)
            {
                builder.Append(ToJsString(elements[i]));
            }
        }

        return builder.ToString();
    }
}
