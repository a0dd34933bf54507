namespace AdobeTarget.Decisioning;

// TEMP placeholder: the real implementation comes from branch engine-parsers.
internal sealed record UrlParts(string Url, string Path, string Query, string Fragment,
    string Domain, string Subdomain, string TopLevelDomain);
