using System.Globalization;
using System.Text.RegularExpressions;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning;

// TEMP placeholder: the real implementation comes from branch engine-parsers.
internal static class UserAgentParser
{
    public static UserAgentInfo Parse(string? userAgent, ClientHints? clientHints)
    {
        _ = clientHints;
        var ua = userAgent ?? string.Empty;
        string platform = ua.Contains("Mac", StringComparison.Ordinal) ? "mac"
            : ua.Contains("Windows", StringComparison.Ordinal) ? "windows" : "unknown";
        (string Type, string Pattern)[] browsers =
        [
            ("edge", @"Edg[a-zA-Z]*/(\d+)"),
            ("mobile safari", @"Version/(\d+).*Mobile/.*Safari"),
            ("safari", @"Version/(\d+).*Safari"),
            ("chrome", @"Chrome/(\d+)"),
            ("firefox", @"Firefox/(\d+)[.\d]*$"),
            ("ie", @"(?:MSIE |Trident.*rv:)(\d+)"),
        ];
        foreach (var (type, pattern) in browsers)
        {
            var m = Regex.Match(ua, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(50));
            if (m.Success)
            {
                return new UserAgentInfo(type, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), platform);
            }
        }

        return new UserAgentInfo("unknown", -1, platform);
    }
}
