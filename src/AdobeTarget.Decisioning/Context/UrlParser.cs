namespace AdobeTarget.Decisioning;

// TEMP placeholder: the real implementation comes from branch engine-parsers.
internal static class UrlParser
{
    public static UrlParts Parse(string? url, PublicSuffixList suffixes)
    {
        url ??= string.Empty;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new UrlParts(url, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        var parts = suffixes.Split(uri.Host);
        return new UrlParts(url, uri.AbsolutePath, uri.Query.TrimStart('?'), uri.Fragment.TrimStart('#'),
            parts.Domain, parts.Subdomain, parts.TopLevelDomain);
    }
}
