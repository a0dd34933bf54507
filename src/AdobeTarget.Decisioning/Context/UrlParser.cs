namespace AdobeTarget.Decisioning;

/// <summary>
/// Splits a URL as Adobe's engine does: Steven Levithan's parseUri in "loose" mode for host, path, query and
/// fragment, then <see cref="PublicSuffixList.Split"/> on the host. The loose grammar is reproduced with a linear
/// scan (no regular expression), including its quirks: a scheme is a dot-free word before the first <c>:</c>
/// (so <c>localhost:8080/x</c> has host <c>8080</c>), an <c>@</c> anywhere before the next <c>:</c> or <c>@</c> makes
/// what precedes it user info, a port is digits only, and the fragment stops at a line terminator.
/// </summary>
/// <remarks>
/// Never throws. A null URL, and a URL longer than <see cref="MaxUrlLength"/> characters, are treated as absent
/// (every part empty). Lone surrogates and control characters are kept as they are, as JavaScript keeps them.
/// </remarks>
internal static class UrlParser
{
    /// <summary>The longest URL parsed; longer ones are treated as absent.</summary>
    public const int MaxUrlLength = 16 * 1024;

    /// <summary>Parses <paramref name="url"/>.</summary>
    /// <param name="url">The URL, any text.</param>
    /// <param name="suffixes">The suffix list used for the domain parts.</param>
    /// <returns>The parts.</returns>
    public static UrlParts Parse(string? url, PublicSuffixList suffixes)
    {
        ArgumentNullException.ThrowIfNull(suffixes);
        if (string.IsNullOrEmpty(url) || url.Length > MaxUrlLength)
        {
            return UrlParts.Empty;
        }

        LooseUri uri = LooseUri.Parse(url);
        DomainParts domain = suffixes.Split(uri.Host);
        return new UrlParts(url, uri.Path, uri.Query, uri.Fragment, domain.Domain, domain.Subdomain, domain.TopLevelDomain);
    }
}
