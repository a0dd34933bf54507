namespace AdobeTarget.Decisioning;

/// <summary>The parts of a page or referring URL the rules see under <c>page.*</c> and <c>referring.*</c>.</summary>
/// <param name="Url">The URL as given (empty when absent or refused).</param>
/// <param name="Path">The path, e.g. <c>/a/b.html</c>.</param>
/// <param name="Query">The query without its <c>?</c>.</param>
/// <param name="Fragment">The fragment without its <c>#</c>.</param>
/// <param name="Domain">The registrable domain, or the raw host when it has none.</param>
/// <param name="Subdomain">The subdomain after the engine's <c>www</c> cut.</param>
/// <param name="TopLevelDomain">The public suffix.</param>
internal sealed record UrlParts(string Url, string Path, string Query, string Fragment,
    string Domain, string Subdomain, string TopLevelDomain)
{
    /// <summary>The parts of an absent URL: every part empty.</summary>
    public static UrlParts Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty,
        string.Empty, string.Empty, string.Empty);
}
