using System.Globalization;
using System.Text;

namespace AdobeTarget.Internal;

/// <summary>
/// Reads and writes the <c>mbox</c> cookie: <c>name#value#expires</c> entries joined by <c>|</c>, expiry in seconds
/// since the Unix epoch. Reading never throws: malformed, oversized or expired entries are skipped. Values written
/// by Adobe's Node.js SDK (URL-encoded) and by its Java and .NET SDKs (raw, trailing <c>|</c>) both read.
/// </summary>
/// <remarks>
/// Writing gives the raw value: ASP.NET Core's cookie writer (<c>Response.Cookies.Append</c>) %-encodes it once, and
/// that encoded value is kept within <see cref="MaxEncodedValueLength"/> bytes (see <see cref="MboxCookieSize"/>).
/// </remarks>
internal static class MboxCookieCodec
{
    public const string CookieName = "mbox";
    public const string LocationHintCookieName = "mboxEdgeCluster";
    public const int SessionLifetimeSeconds = 1860;
    public const int VisitorLifetimeSeconds = 63244800;
    public const int LocationHintLifetimeSeconds = 1860;

    /// <summary>A cookie longer than this is ignored whole.</summary>
    public const int MaxCookieLength = 4096;

    /// <summary>The most bytes of a whole <c>Set-Cookie</c> header value that browsers are sure to keep.</summary>
    public const int MaxSetCookieLength = 4096;

    /// <summary>
    /// The bytes kept for the attributes of a <c>Set-Cookie</c> header (expires, max-age, a domain of up to 253 and a
    /// path of up to 200 characters, secure, samesite, httponly, partitioned): at most about 580.
    /// </summary>
    public const int AttributeAllowance = 600;

    /// <summary>The most bytes the <c>mbox</c> cookie's value takes once the cookie writer has %-encoded it.</summary>
    public const int MaxEncodedValueLength = MaxSetCookieLength - AttributeAllowance - CookieNameAndEquals;

    private const int CookieNameAndEquals = 5; // "mbox="

    private const int MaxEntries = 16;
    private const int MaxNameLength = 32;
    private const int MaxValueLength = 128;
    private const int MaxExpiresDigits = 12;

    /// <summary>Reads the live entries of a raw cookie value; the last of duplicate names wins.</summary>
    public static MboxCookie Parse(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxCookieLength)
        {
            return MboxCookie.Empty;
        }

        var nowSeconds = now.ToUnixTimeSeconds();
        List<MboxCookieEntry>? entries = null;
        var rest = value.AsSpan();
        for (var parts = 0; parts <= MaxEntries && !rest.IsEmpty; parts++)
        {
            var end = rest.IndexOf('|');
            var part = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (!TryParseEntry(part, out var entry) || entry.Expires < nowSeconds)
            {
                continue;
            }

            entries ??= new List<MboxCookieEntry>(2);
            for (var i = entries.Count - 1; i >= 0; i--)
            {
                if (entries[i].Name == entry.Name)
                {
                    entries.RemoveAt(i);
                }
            }

            if (entries.Count < MaxEntries)
            {
                entries.Add(entry);
            }
        }

        return entries is null ? MboxCookie.Empty : new MboxCookie(entries);
    }

    /// <summary>
    /// Writes a cookie's entries as the raw <c>mbox</c> cookie value (the cookie writer encodes it once); its max age
    /// runs to the latest expiry. Entries whose name or value the codec would not read back are left out, and when the
    /// encoded value would pass <see cref="MaxEncodedValueLength"/> other entries are dropped, largest first; the
    /// <c>session</c> and <c>PC</c> entries always stay.
    /// </summary>
    public static TargetCookie Format(MboxCookie cookie, DateTimeOffset now)
    {
        var nowSeconds = now.ToUnixTimeSeconds();
        var entries = MboxCookieSize.Writable(cookie.Entries, MaxEncodedValueLength);
        var builder = new StringBuilder(128);
        var latest = nowSeconds;
        foreach (var entry in entries)
        {
            if (builder.Length > 0)
            {
                builder.Append('|');
            }

            builder.Append(entry.Name).Append('#')
                .Append(entry.Value).Append('#')
                .Append(entry.Expires.ToString(CultureInfo.InvariantCulture));
            latest = Math.Max(latest, entry.Expires);
        }

        return new TargetCookie(CookieName, builder.ToString(), (int)Math.Min(latest - nowSeconds, int.MaxValue));
    }

    /// <summary>Renews a visitor's cookie after a call and writes it (see <see cref="MboxCookie.Renew"/>).</summary>
    public static TargetCookie Write(MboxCookie previous, string sessionId, string? tntId, DateTimeOffset now) =>
        Format(previous.Renew(sessionId, tntId, now), now);

    /// <summary>Writes the <c>mboxEdgeCluster</c> cookie for a validated location hint.</summary>
    public static TargetCookie WriteLocationHint(string validatedHint) =>
        new(LocationHintCookieName, validatedHint, LocationHintLifetimeSeconds);

    private static bool TryParseEntry(ReadOnlySpan<char> part, out MboxCookieEntry entry)
    {
        entry = default;
        var first = part.IndexOf('#');
        var last = part.LastIndexOf('#');
        if (first <= 0 || last == first || part[(first + 1)..last].Contains('#'))
        {
            return false;
        }

        var expires = part[(last + 1)..];
        if (expires.Length is 0 or > MaxExpiresDigits || expires.ContainsAnyExceptInRange('0', '9') ||
            !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var name = DecodeName(part[..first]);
        var value = Decode(part[(first + 1)..last]);
        if (!IsValidName(name) || !IsValidValue(value))
        {
            return false;
        }

        entry = new MboxCookieEntry(name, value, seconds);
        return true;
    }

    /// <summary>The names every cookie has come back as the same strings, without allocating.</summary>
    private static string? DecodeName(ReadOnlySpan<char> name) =>
        name.SequenceEqual(MboxCookie.SessionEntry) ? MboxCookie.SessionEntry
        : name.SequenceEqual(MboxCookie.VisitorEntry) ? MboxCookie.VisitorEntry
        : Decode(name);

    /// <summary>An entry name is 1 to 32 ASCII letters, digits, '_' or '-' (<c>session</c>, <c>PC</c>, at.js's own).</summary>
    internal static bool IsValidName([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? name) =>
        name is { Length: > 0 and <= MaxNameLength } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>
    /// A value is 1 to 128 printable ASCII characters other than the codec's and cookies' delimiters, and no '%':
    /// no Target id has one, so a '%' left after decoding means a broken encoding.
    /// </summary>
    internal static bool IsValidValue([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) =>
        value is { Length: > 0 and <= MaxValueLength } &&
        value.All(c => c is > ' ' and <= '~' and not ('#' or '|' or ';' or ',' or '"' or '\\' or '%'));

    private static string? Decode(ReadOnlySpan<char> value)
    {
        if (value.Length is 0 or > MaxValueLength * 3)
        {
            return null;
        }

        return value.Contains('%') ? Uri.UnescapeDataString(value.ToString()) : value.ToString();
    }
}
