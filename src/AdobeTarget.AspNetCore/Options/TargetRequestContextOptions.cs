namespace AdobeTarget;

/// <summary>
/// Which parts of the HTTP request <c>UseAdobeTarget()</c> copies into a delivery request's <c>context</c>, for
/// calls made inside a request. A value the request sets itself is never replaced.
/// </summary>
public sealed class TargetRequestContextOptions
{
    /// <summary>Gets or sets a value indicating whether <c>context.address.url</c> and <c>referringUrl</c> come from the request URL and its <c>Referer</c>.</summary>
    /// <remarks>Default <see langword="true"/>. URLs may carry personal data in their query strings.</remarks>
    public bool Address { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether <c>context.userAgent</c> comes from the <c>User-Agent</c> header (the edge ignores the header of the server's own call).</summary>
    /// <remarks>Default <see langword="true"/>.</remarks>
    public bool UserAgent { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether <c>context.clientHints</c> come from the <c>Sec-CH-UA*</c> headers.</summary>
    /// <remarks>Default <see langword="true"/>.</remarks>
    public bool ClientHints { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether <c>context.browser.host</c> comes from the request's host name.</summary>
    /// <remarks>Default <see langword="true"/>.</remarks>
    public bool BrowserHost { get; set; } = true;

    /// <summary>
    /// Gets or sets a value indicating whether <c>context.geo.ipAddress</c> is the visitor's IP address, as ASP.NET
    /// Core sees it (after <c>UseForwardedHeaders()</c> behind a proxy), so geo targeting uses the visitor's location
    /// rather than the server's.
    /// </summary>
    /// <remarks>Default <see langword="true"/>. An IP address is personal data: turn this off where you may not share it.</remarks>
    public bool IpAddress { get; set; } = true;
}
