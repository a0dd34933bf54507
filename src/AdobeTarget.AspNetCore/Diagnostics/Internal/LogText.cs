using System.Globalization;
using System.Text;

namespace AdobeTarget.Internal;

/// <summary>
/// Makes a value that came from a request, a cookie or the edge safe to put in a log line or an exception message:
/// control, format (bidi overrides, zero-width), line and paragraph separator characters and lone surrogates become
/// a space, and a long value is cut on a code point boundary.
/// </summary>
internal static class LogText
{
    /// <summary>The longest value kept, in UTF-16 code units, before the cut mark.</summary>
    public const int DefaultMaxLength = 500;

    private const char Cut = '…';

    /// <summary>Cleans <paramref name="value"/>; <see langword="null"/> for null, empty or whitespace.</summary>
    public static string? Clean(string? value, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length <= maxLength && IsClean(value))
        {
            return value;
        }

        var builder = new StringBuilder(Math.Min(value.Length, maxLength) + 1);
        var index = 0;
        while (index < value.Length)
        {
            var status = Rune.DecodeFromUtf16(value.AsSpan(index), out var rune, out var consumed);
            var safe = status == System.Buffers.OperationStatus.Done && IsSafe(rune);
            var width = safe ? rune.Utf16SequenceLength : 1;
            if (builder.Length + width > maxLength)
            {
                builder.Append(Cut);
                break;
            }

            if (safe)
            {
                builder.Append(value, index, consumed);
            }
            else
            {
                builder.Append(' ');
            }

            index += Math.Max(consumed, 1);
        }

        return builder.ToString();
    }

    private static bool IsClean(string value)
    {
        var span = value.AsSpan();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out var rune, out var consumed) != System.Buffers.OperationStatus.Done || !IsSafe(rune))
            {
                return false;
            }

            span = span[consumed..];
        }

        return true;
    }

    private static bool IsSafe(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate => false,
        _ => true,
    };
}
