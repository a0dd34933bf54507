namespace AdobeTarget.Internal;

/// <summary>
/// Keeps the <c>mbox</c> cookie within what browsers store. The size that counts is the value as written: ASP.NET
/// Core's cookie writer %-encodes it (<see cref="Uri.EscapeDataString(string)"/>), so every character other than
/// letters, digits, <c>-</c>, <c>_</c>, <c>.</c> and <c>~</c> takes three bytes, the <c>#</c> and <c>|</c> delimiters
/// included.
/// </summary>
internal static class MboxCookieSize
{
    private const int EncodedSeparatorLength = 3; // '|' as %7C

    /// <summary>
    /// Returns the entries to write, in their order: those whose name and value the codec reads back, without as many
    /// entries other than <c>session</c> and <c>PC</c> as it takes (largest first, then the later of two the same
    /// size) for the encoded value to fit <paramref name="maxEncodedLength"/>.
    /// </summary>
    public static IReadOnlyList<MboxCookieEntry> Writable(IReadOnlyList<MboxCookieEntry> entries, int maxEncodedLength)
    {
        var allValid = true;
        foreach (var entry in entries)
        {
            allValid &= IsWritable(entry);
        }

        if (allValid && EncodedLength(entries) <= maxEncodedLength)
        {
            return entries; // the usual case: nothing to copy
        }

        var kept = entries.Where(IsWritable).ToList();
        var total = EncodedLength(kept);
        var droppable = Enumerable.Range(0, kept.Count)
            .Where(i => kept[i].Name is not (MboxCookie.SessionEntry or MboxCookie.VisitorEntry))
            .OrderByDescending(i => EncodedLength(kept[i]))
            .ThenByDescending(i => i);
        var dropped = new HashSet<int>();
        foreach (var index in droppable)
        {
            if (total <= maxEncodedLength)
            {
                break;
            }

            dropped.Add(index);
            total -= EncodedLength(kept[index]) + EncodedSeparatorLength;
        }

        return dropped.Count == 0 ? kept : kept.Where((_, i) => !dropped.Contains(i)).ToList();
    }

    /// <summary>The length of the entries joined by <c>|</c>, once %-encoded.</summary>
    public static int EncodedLength(IReadOnlyList<MboxCookieEntry> entries)
    {
        var length = entries.Count > 1 ? (entries.Count - 1) * EncodedSeparatorLength : 0;
        foreach (var entry in entries)
        {
            length += EncodedLength(entry);
        }

        return length;
    }

    /// <summary>The length of <c>name#value#expires</c> once %-encoded.</summary>
    public static int EncodedLength(MboxCookieEntry entry) =>
        EncodedLength(entry.Name) + EncodedLength(entry.Value) + (2 * EncodedSeparatorLength) +
        Digits(entry.Expires);

    private static int Digits(long value)
    {
        var digits = value < 0 ? 2 : 1; // a '-' is written as is
        for (var rest = Math.Abs(value / 10); rest > 0; rest /= 10)
        {
            digits++;
        }

        return digits;
    }

    private static bool IsWritable(MboxCookieEntry entry) =>
        MboxCookieCodec.IsValidName(entry.Name) && MboxCookieCodec.IsValidValue(entry.Value);

    /// <summary>The length of ASCII text once %-encoded (the codec writes only ASCII).</summary>
    private static int EncodedLength(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            length += char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' ? 1 : 3;
        }

        return length;
    }
}
