using System.Globalization;
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
        JsValueKind.String => StringToNumber(value.String!),
        _ => StringToNumber(ToJsString(value)),
    };

    /// <summary>ECMAScript ToString (objects as <c>[object Object]</c>, arrays joined with commas).</summary>
    public static string ToJsString(JsValue value) => value.Kind switch
    {
        JsValueKind.Undefined => "undefined",
        JsValueKind.Null => "null",
        JsValueKind.Boolean => value.Boolean ? "true" : "false",
        JsValueKind.Number => NumberToString(value.Number),
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

    /// <summary>ECMAScript StringToNumber: trimmed decimal, hex/octal/binary integer, Infinity; "" is 0; else NaN.</summary>
    public static double StringToNumber(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.IsEmpty)
        {
            return 0;
        }

        if (span.Length > 2 && span[0] == '0' && char.IsAsciiLetter(span[1]))
        {
            return RadixToNumber(span[2..], char.ToLowerInvariant(span[1]));
        }

        var body = span[0] is '+' or '-' ? span[1..] : span;
        if (body.SequenceEqual("Infinity"))
        {
            return span[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        return IsDecimalLiteral(body) && double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : double.NaN;
    }

    /// <summary>JavaScript's Number.prototype.toString() for the common cases (integers, shortest round-trip).</summary>
    public static string NumberToString(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        // shortest round-trip digits, laid out as JavaScript does (exponent form below 1e-6 and from 1e21)
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = text[..e];
        var abs = Math.Abs(value);
        if (abs >= 1e21 || abs < 1e-6)
        {
            return string.Concat(mantissa, exponent < 0 ? "e-" : "e+", Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        var negative = mantissa.StartsWith('-');
        var unsigned = negative ? mantissa[1..] : mantissa;
        var dot = unsigned.IndexOf('.', StringComparison.Ordinal);
        var digits = unsigned.Replace(".", string.Empty, StringComparison.Ordinal);
        var point = (dot < 0 ? unsigned.Length : dot) + exponent;
        string laidOut = point >= digits.Length
            ? digits + new string('0', point - digits.Length)
            : point <= 0
                ? "0." + new string('0', -point) + digits
                : digits[..point] + "." + digits[point..];
        return negative ? "-" + laidOut : laidOut;
    }

    private static bool IsComposite(JsValue value) => value.Kind >= JsValueKind.Object;

    private static bool StrictEqualsSameKind(JsValue a, JsValue b) => a.Kind switch
    {
        JsValueKind.Undefined or JsValueKind.Null => true,
        JsValueKind.Boolean or JsValueKind.Number => a.Number == b.Number,
        JsValueKind.String => string.Equals(a.String, b.String, StringComparison.Ordinal),
        _ => ReferenceEquals(a.Reference, b.Reference),
    };

    private static bool IsDecimalLiteral(ReadOnlySpan<char> body)
    {
        int i = 0;
        int digits = 0;
        while (i < body.Length && char.IsAsciiDigit(body[i]))
        {
            i++;
            digits++;
        }

        if (i < body.Length && body[i] == '.')
        {
            i++;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < body.Length && (body[i] == 'e' || body[i] == 'E'))
        {
            i++;
            if (i < body.Length && (body[i] == '+' || body[i] == '-'))
            {
                i++;
            }

            int exponentDigits = 0;
            while (i < body.Length && char.IsAsciiDigit(body[i]))
            {
                i++;
                exponentDigits++;
            }

            if (exponentDigits == 0)
            {
                return false;
            }
        }

        return i == body.Length;
    }

    private static double RadixToNumber(ReadOnlySpan<char> digits, char prefix)
    {
        int radix = prefix switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
        if (radix == 0)
        {
            return double.NaN;
        }

        double result = 0;
        foreach (var c in digits)
        {
            int digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= radix)
            {
                return double.NaN;
            }

            result = (result * radix) + digit;
        }

        return result;
    }

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
