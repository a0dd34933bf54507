using System.Text.RegularExpressions;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning;

/// <summary>
/// Browser type, major version and platform as Adobe's on-device engine derives them from the user agent and
/// the client hints. The browser patterns are tried in Adobe's order (Edge, Mobile Safari, Safari, Chrome, Firefox,
/// IE, IE 11 by Trident) and the first match wins; a client-hints brand that parses overrides the name, a
/// client-hints version that parses overrides the version, and the client-hints platform, when given, overrides the
/// platform read from the user agent.
/// </summary>
/// <remarks>
/// Only the first <see cref="MaxInspectedLength"/> characters of the user agent (and of the client-hints brand
/// list) are inspected, so the cost is bounded for any input. Quirks kept for parity: iPhone Safari is
/// <c>mobile safari</c> (not <c>safari</c>), Chrome on iOS (<c>CriOS</c>) is <c>unknown</c> unless it also says
/// <c>Version/…Safari</c>, and Firefox is recognised only when <c>Firefox/x</c> ends the user agent.
/// A client-hints platform of JSON <c>null</c> counts as absent here (JavaScript would pass <c>null</c> through).
/// </remarks>
internal static class UserAgentParser
{
    /// <summary>How many characters of a user agent are inspected at most.</summary>
    public const int MaxInspectedLength = 512;

    /// <summary>The browser type and platform used when nothing is recognised.</summary>
    public const string Unknown = "unknown";

    private static readonly (Func<Regex> Pattern, string Name)[] BrowserPatterns =
    [
        (UserAgentPatterns.Edge, "edge"),
        (UserAgentPatterns.MobileSafari, "mobile safari"),
        (UserAgentPatterns.Safari, "safari"),
        (UserAgentPatterns.Chrome, "chrome"),
        (UserAgentPatterns.Firefox, "firefox"),
        (UserAgentPatterns.InternetExplorer, "ie"),
        (UserAgentPatterns.Trident, "ie"),
    ];

    private static readonly (Func<Regex> Pattern, string Name)[] HintPatterns =
    [
        (UserAgentPatterns.HintChrome, "chrome"),
        (UserAgentPatterns.HintEdge, "edge"),
        (UserAgentPatterns.HintSafari, "safari"),
        (UserAgentPatterns.HintFirefox, "firefox"),
    ];

    /// <summary>Parses a user agent and optional client hints.</summary>
    /// <param name="userAgent">The User-Agent header; null or empty means unknown.</param>
    /// <param name="clientHints">The request's client hints, or null.</param>
    /// <returns>The browser type (lower case), major version (-1 when unknown) and platform.</returns>
    public static UserAgentInfo Parse(string? userAgent, ClientHints? clientHints)
    {
        string inspected = Truncate(userAgent);
        (string uaName, int uaVersion) = FirstMatch(BrowserPatterns, inspected);

        string name = uaName;
        int version = uaVersion;
        if (clientHints is not null)
        {
            string? brands = string.IsNullOrEmpty(clientHints.BrowserUAWithFullVersion)
                ? clientHints.BrowserUAWithMajorVersion
                : clientHints.BrowserUAWithFullVersion;
            (string hintName, int hintVersion) = FirstMatch(HintPatterns, Truncate(brands));
            if (hintName is not Unknown)
            {
                name = hintName;
            }

            if (hintVersion >= 0)
            {
                version = hintVersion;
            }
        }

        string platform = clientHints?.Platform ?? UserAgentPlatform.Detect(inspected);
        return new UserAgentInfo(name, version, UserAgentPlatform.ToTargetPlatform(platform));
    }

    private static string Truncate(string? value) =>
        value is null ? string.Empty
        : value.Length > MaxInspectedLength ? value[..MaxInspectedLength]
        : value;

    private static (string Name, int Version) FirstMatch((Func<Regex> Pattern, string Name)[] patterns, string text)
    {
        if (text.Length == 0)
        {
            return (Unknown, -1);
        }

        string lowered = AsciiLower(text);
        foreach ((Func<Regex> pattern, string name) in patterns)
        {
            Match match;
            try
            {
                match = pattern().Match(lowered);
            }
            catch (RegexMatchTimeoutException)
            {
                continue;
            }

            if (match.Success)
            {
                return (name, MajorVersion.Parse(match.Groups[1].ValueSpan));
            }
        }

        return (Unknown, -1);
    }

    private static string AsciiLower(string text)
    {
        int firstUpper = text.AsSpan().IndexOfAnyInRange('A', 'Z');
        if (firstUpper < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                char c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
        });
    }
}
