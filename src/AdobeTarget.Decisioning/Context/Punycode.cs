using System.Text;

namespace AdobeTarget.Decisioning;

/// <summary>
/// Punycode (RFC 3492) domain conversion as the JavaScript <c>punycode</c> module's <c>toASCII</c> does it, which psl
/// relies on: text before an <c>@</c> is kept, the separators U+3002, U+FF0E and U+FF61 become dots, and each label
/// holding a character above U+007E becomes <c>xn--</c> plus its encoding (no normalisation, no case mapping).
/// </summary>
internal static class Punycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const int InitialN = 128;
    private const long MaxInt = int.MaxValue;

    /// <summary>Converts a domain to ASCII; null when the encoding overflows (JavaScript throws there).</summary>
    /// <param name="domain">The domain, already lower-cased by the caller.</param>
    /// <returns>The ASCII form, the same instance when nothing changes, or null on overflow.</returns>
    public static string? ToAscii(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        if (!NeedsMapping(domain))
        {
            return domain;
        }

        var result = new StringBuilder(domain.Length + 16);
        ReadOnlySpan<char> rest = domain;
        int at = rest.IndexOf('@');
        if (at >= 0)
        {
            result.Append(rest[..(at + 1)]);
            rest = rest[(at + 1)..];
            int secondAt = rest.IndexOf('@');
            if (secondAt >= 0)
            {
                rest = rest[..secondAt]; // split('@')[1]: anything after a second '@' is dropped
            }
        }

        bool first = true;
        while (true)
        {
            int end = rest.IndexOfAny(".\u3002\uFF0E\uFF61");
            ReadOnlySpan<char> label = end < 0 ? rest : rest[..end];
            if (!first)
            {
                result.Append('.');
            }

            first = false;
            if (!Encode(label, result))
            {
                return null;
            }

            if (end < 0)
            {
                return result.ToString();
            }

            rest = rest[(end + 1)..];
        }
    }

    private static bool NeedsMapping(ReadOnlySpan<char> domain)
    {
        foreach (char c in domain)
        {
            if (c > '\u007E' || c == '@')
            {
                return true;
            }
        }

        return false;
    }

    private static bool Encode(ReadOnlySpan<char> label, StringBuilder output)
    {
        if (!label.ContainsAnyExceptInRange('\0', '\u007E'))
        {
            output.Append(label);
            return true;
        }

        int[] codePoints = DecodeUcs2(label);
        output.Append("xn--");
        int basicLength = 0;
        foreach (int codePoint in codePoints)
        {
            if (codePoint < 0x80)
            {
                output.Append((char)codePoint);
                basicLength++;
            }
        }

        if (basicLength > 0)
        {
            output.Append('-');
        }

        return EncodeDeltas(codePoints, basicLength, output);
    }

    private static bool EncodeDeltas(int[] codePoints, int basicLength, StringBuilder output)
    {
        long n = InitialN;
        long delta = 0;
        int bias = InitialBias;
        int handled = basicLength;
        while (handled < codePoints.Length)
        {
            long m = long.MaxValue;
            foreach (int codePoint in codePoints)
            {
                if (codePoint >= n && codePoint < m)
                {
                    m = codePoint;
                }
            }

            long handledPlusOne = handled + 1;
            if (m - n > (MaxInt - delta) / handledPlusOne)
            {
                return false;
            }

            delta += (m - n) * handledPlusOne;
            n = m;
            foreach (int codePoint in codePoints)
            {
                if (codePoint < n && ++delta > MaxInt)
                {
                    return false;
                }

                if (codePoint == n)
                {
                    AppendNumber(delta, bias, output);
                    bias = Adapt(delta, handledPlusOne, handled == basicLength);
                    delta = 0;
                    handled++;
                    handledPlusOne = handled + 1;
                }
            }

            delta++;
            n++;
        }

        return true;
    }

    private static void AppendNumber(long delta, int bias, StringBuilder output)
    {
        long q = delta;
        for (int k = Base; ; k += Base)
        {
            int t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;
            if (q < t)
            {
                break;
            }

            long qMinusT = q - t;
            int baseMinusT = Base - t;
            output.Append(Digit((int)(t + (qMinusT % baseMinusT))));
            q = qMinusT / baseMinusT;
        }

        output.Append(Digit((int)q));
    }

    private static int Adapt(long delta, long numPoints, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta >> 1;
        delta += delta / numPoints;
        int k = 0;
        while (delta > ((Base - TMin) * TMax) >> 1)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return (int)(k + ((Base - TMin + 1) * delta / (delta + Skew)));
    }

    private static char Digit(int digit) => (char)(digit < 26 ? 'a' + digit : '0' + (digit - 26));

    // UCS-2 decoding as the JavaScript module does it: surrogate pairs join, lone surrogates stay as they are.
    private static int[] DecodeUcs2(ReadOnlySpan<char> text)
    {
        var codePoints = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(c);
            }
        }

        return [.. codePoints];
    }
}
