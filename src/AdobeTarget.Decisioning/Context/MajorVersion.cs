namespace AdobeTarget.Decisioning;

/// <summary>
/// Reads a major version the way Adobe's engine does: JavaScript's <c>parseInt(version.split(".")[0], 10)</c>,
/// where a result that is not a number or is negative counts as unknown (-1).
/// </summary>
internal static class MajorVersion
{
    /// <summary>Parses the major version of <paramref name="version"/>.</summary>
    /// <param name="version">The version text, e.g. <c>120.0.6099.71</c>.</param>
    /// <returns>The major version, -1 when there is none or it is negative, capped at <see cref="int.MaxValue"/>.</returns>
    public static int Parse(ReadOnlySpan<char> version)
    {
        int dot = version.IndexOf('.');
        ReadOnlySpan<char> head = dot < 0 ? version : version[..dot];

        bool negative = false;
        if (head.Length > 0 && (head[0] == '-' || head[0] == '+'))
        {
            negative = head[0] == '-';
            head = head[1..];
        }

        long value = 0;
        int digits = 0;
        while (digits < head.Length && char.IsAsciiDigit(head[digits]))
        {
            value = Math.Min((value * 10) + (head[digits] - '0'), int.MaxValue);
            digits++;
        }

        if (digits == 0 || (negative && value != 0))
        {
            return -1;
        }

        return (int)value;
    }
}
