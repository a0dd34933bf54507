namespace AdobeTarget.Decisioning;

/// <summary>The operating system as Adobe's engine reads it from a user agent, and its mapping to Target's names.</summary>
internal static class UserAgentPlatform
{
    /// <summary>
    /// Detects the platform by Adobe's first-match order: iOS, Android, Linux, Unix, Windows, Mac OS, else unknown.
    /// The tests are case-sensitive, as in Adobe's engine.
    /// </summary>
    /// <param name="userAgent">The user agent (already length-capped by the caller).</param>
    /// <returns><c>iOS</c>, <c>Android</c>, <c>Linux</c>, <c>Unix</c>, <c>Windows</c>, <c>Mac OS</c> or <c>unknown</c>.</returns>
    public static string Detect(string userAgent)
    {
        ReadOnlySpan<char> ua = userAgent;
        if (Contains(ua, "iPhone") || Contains(ua, "iPad") || Contains(ua, "iPod"))
        {
            return "iOS";
        }

        if (HasAndroidVersion(ua))
        {
            return "Android";
        }

        if (Contains(ua, " Linux "))
        {
            return "Linux";
        }

        if (Contains(ua, "FreeBSD") || Contains(ua, "OpenBSD") || Contains(ua, "CrOS"))
        {
            return "Unix";
        }

        if (Contains(ua, "(Windows ") || Contains(ua, " Windows "))
        {
            return "Windows";
        }

        return Contains(ua, "Macintosh;") ? "Mac OS" : UserAgentParser.Unknown;
    }

    /// <summary>Maps Windows, Macintosh, Mac OS, macOS and Linux to <c>windows</c>, <c>mac</c> and <c>linux</c>.</summary>
    /// <param name="platform">A platform from the user agent or the client hints.</param>
    /// <returns>The mapped name, or <paramref name="platform"/> unchanged.</returns>
    public static string ToTargetPlatform(string platform) => platform switch
    {
        "Windows" => "windows",
        "Macintosh" or "Mac OS" or "macOS" => "mac",
        "Linux" => "linux",
        _ => platform,
    };

    private static bool Contains(ReadOnlySpan<char> text, string value) =>
        text.IndexOf(value, StringComparison.Ordinal) >= 0;

    // "Android " followed by one or more of [0-9.] and a ';'.
    private static bool HasAndroidVersion(ReadOnlySpan<char> ua)
    {
        const string Marker = "Android ";
        int start = 0;
        while (true)
        {
            int found = ua[start..].IndexOf(Marker, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            int position = start + found + Marker.Length;
            int end = position;
            while (end < ua.Length && (char.IsAsciiDigit(ua[end]) || ua[end] == '.'))
            {
                end++;
            }

            if (end > position && end < ua.Length && ua[end] == ';')
            {
                return true;
            }

            start = start + found + 1;
        }
    }
}
