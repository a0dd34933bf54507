using System.Text.RegularExpressions;

namespace AdobeTarget.Decisioning;

/// <summary>
/// The browser patterns of Adobe's engine, applied to an ASCII-lower-cased user agent. JavaScript's classes are
/// spelled out so .NET matches exactly what JavaScript matches: <c>\w</c> is ASCII, <c>\s</c> is JavaScript's
/// white space, <c>.</c> excludes JavaScript's four line terminators, <c>$</c> is the end of input. Case folding
/// is done by lower-casing ASCII letters first (JavaScript's <c>/i</c> never folds non-ASCII letters onto ASCII).
/// </summary>
internal static partial class UserAgentPatterns
{
    private const string Word = "[a-z0-9_]";
    private const string WordOrDot = "[a-z0-9_.]";
    private const string Space = @"[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]";
    private const string AnyButLineEnd = @"[^\n\r\u2028\u2029]";
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const int TimeoutMilliseconds = 200;

    /// <summary>Edge: <c>edge/</c>, <c>edgios/</c>, <c>edga/</c> or <c>edg/</c> and a version.</summary>
    [GeneratedRegex("(?:edge|edgios|edga|edg)/(" + WordOrDot + "+)", Options, TimeoutMilliseconds)]
    public static partial Regex Edge();

    /// <summary>Mobile Safari: <c>version/x</c> … <c>mobile/xyz safari</c>.</summary>
    [GeneratedRegex("version/(" + WordOrDot + "+)" + AnyButLineEnd + "+?mobile/" + Word + "+" + Space + "safari",
        Options, TimeoutMilliseconds)]
    public static partial Regex MobileSafari();

    /// <summary>Safari: <c>version/x</c> … <c>safari</c> or <c>mobile safari</c>.</summary>
    [GeneratedRegex("version/(" + WordOrDot + "+)" + AnyButLineEnd + "+?(?:mobile" + Space + "?safari|safari)",
        Options, TimeoutMilliseconds)]
    public static partial Regex Safari();

    /// <summary>Chrome: <c>chrome/</c>, an optional <c>v</c>, a version.</summary>
    [GeneratedRegex("chrome/v?(" + WordOrDot + "+)", Options, TimeoutMilliseconds)]
    public static partial Regex Chrome();

    /// <summary>Firefox: <c>firefox/x</c> ending the user agent.</summary>
    [GeneratedRegex(@"firefox/([a-z0-9_.\-]+)\z", Options, TimeoutMilliseconds)]
    public static partial Regex Firefox();

    /// <summary>Internet Explorer up to 10: <c>msie x</c> or <c>(ie x</c>.</summary>
    [GeneratedRegex(@"(?:ms|\()ie" + Space + "(" + WordOrDot + "+)", Options, TimeoutMilliseconds)]
    public static partial Regex InternetExplorer();

    /// <summary>Internet Explorer 11: <c>trident</c> … <c>rv:x</c> … <c>like gecko</c>.</summary>
    [GeneratedRegex("trident" + AnyButLineEnd + "+rv(?::|" + Space + ")(" + WordOrDot + "+)" + AnyButLineEnd
        + "+like" + Space + "gecko", Options, TimeoutMilliseconds)]
    public static partial Regex Trident();

    /// <summary>Client hints: <c>Chrome";v="x"</c>.</summary>
    [GeneratedRegex("chrome\";v=\"([0-9.]+)\"", Options, TimeoutMilliseconds)]
    public static partial Regex HintChrome();

    /// <summary>Client hints: <c>Edge";v="x"</c>.</summary>
    [GeneratedRegex("edge\";v=\"([0-9.]+)\"", Options, TimeoutMilliseconds)]
    public static partial Regex HintEdge();

    /// <summary>Client hints: <c>Safari";v="x"</c>.</summary>
    [GeneratedRegex("safari\";v=\"([0-9.]+)\"", Options, TimeoutMilliseconds)]
    public static partial Regex HintSafari();

    /// <summary>Client hints: <c>Firefox";v="x"</c>.</summary>
    [GeneratedRegex("firefox\";v=\"([0-9.]+)\"", Options, TimeoutMilliseconds)]
    public static partial Regex HintFirefox();
}
