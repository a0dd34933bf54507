using System.Globalization;

namespace AdobeTarget.Decisioning.Conditions;

/// <summary>JavaScript's conversions between strings and numbers (ECMAScript StringToNumber, Number.prototype.toString).</summary>
internal static class JavaScriptNumbers
{
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
}
