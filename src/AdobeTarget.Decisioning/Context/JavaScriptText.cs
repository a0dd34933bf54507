using System.Text;

namespace AdobeTarget.Decisioning;

/// <summary>String helpers that reproduce JavaScript's results where .NET's differ.</summary>
internal static class JavaScriptText
{
    /// <summary>
    /// Lower-cases like JavaScript's <c>toLowerCase()</c>: invariant, per code point, U+0130 becoming
    /// <c>i</c> + U+0307 as in Unicode's full mapping; lone surrogates stay. (The context-dependent final sigma rule
    /// is not reproduced: Σ always becomes σ.) Returns the same instance when nothing changes.
    /// </summary>
    /// <param name="text">The text to lower-case.</param>
    /// <returns>The lower-cased text.</returns>
    public static string ToLower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> span = text;
        int firstChange = IndexOfFirstChange(span);
        if (firstChange < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 4);
        Span<char> pair = stackalloc char[2];
        builder.Append(span[..firstChange]);
        for (int i = firstChange; i < span.Length; i++)
        {
            char c = span[i];
            if (c < 0x80)
            {
                builder.Append(c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c);
            }
            else if (c == '\u0130')
            {
                builder.Append("i\u0307");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                var rune = Rune.ToLowerInvariant(new Rune(c, span[i + 1]));
                builder.Append(pair[..rune.EncodeToUtf16(pair)]);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? c : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static int IndexOfFirstChange(ReadOnlySpan<char> span)
    {
        int upper = span.IndexOfAnyInRange('A', 'Z');
        int nonAscii = span.IndexOfAnyExceptInRange('\0', '\u007F');
        if (nonAscii < 0)
        {
            return upper;
        }

        int start = upper < 0 ? nonAscii : Math.Min(upper, nonAscii);
        for (int i = start; i < span.Length; i++)
        {
            char c = span[i];
            if (c is >= 'A' and <= 'Z' || (c >= 0x80 && (char.IsSurrogate(c) || char.ToLowerInvariant(c) != c || c == '\u0130')))
            {
                return i;
            }
        }

        return -1;
    }
}
