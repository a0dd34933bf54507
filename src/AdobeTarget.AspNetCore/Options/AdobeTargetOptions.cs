using Microsoft.AspNetCore.Http;

namespace AdobeTarget;

/// <summary>
/// Settings of the Adobe Target integration, bound from the <c>"AdobeTarget"</c> configuration section
/// (<c>AdobeTarget__ClientCode</c> and the like override them from the environment). Validated at start-up.
/// </summary>
public sealed class AdobeTargetOptions
{
    /// <summary>The configuration section bound by default.</summary>
    public const string SectionName = "AdobeTarget";

    /// <summary>Gets or sets the Target client code: the <c>acme</c> of <c>acme.tt.omtrdc.net</c>.</summary>
    /// <remarks>Required. A DNS label: letters, digits and inner hyphens, at most 63 characters.</remarks>
    public string? ClientCode { get; set; }

    /// <summary>Gets or sets the IMS organization id, ending in <c>@AdobeOrg</c>.</summary>
    /// <remarks>Required.</remarks>
    public string? OrganizationId { get; set; }

    /// <summary>Gets or sets the host name of the edge, with an optional port and no scheme or path.</summary>
    /// <remarks>
    /// Default <see langword="null"/>: <c>{ClientCode}.tt.omtrdc.net</c>, and <c>mboxedge{hint}.tt.omtrdc.net</c>
    /// once the visitor's location hint is known. When set (a CNAME, or a local edge such as <c>127.0.0.1:5081</c>),
    /// every call goes to this host and location-hint routing is off.
    /// </remarks>
    public string? ServerDomain { get; set; }

    /// <summary>Gets or sets a value indicating whether the edge is called over HTTPS.</summary>
    /// <remarks>Default <see langword="true"/>. Set <see langword="false"/> only for a local edge.</remarks>
    public bool Secure { get; set; } = true;

    /// <summary>Gets or sets the time one Delivery API call may take, connection and body included.</summary>
    /// <remarks>Default 3 seconds; from 1 millisecond to 60 seconds.</remarks>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Gets or sets the largest Delivery API response body read, in bytes after decompression.</summary>
    /// <remarks>
    /// Default 4 MiB (4,194,304), far above any real response; from 64 KiB to 256 MiB. A larger body fails the call with
    /// <see cref="TargetResponseFormatException"/>, so a misbehaving edge or proxy cannot exhaust the server's memory.
    /// </remarks>
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Gets or sets the at_property token sent with requests that carry none.</summary>
    /// <remarks>Default <see langword="null"/> (no property).</remarks>
    public string? PropertyToken { get; set; }

    /// <summary>Gets or sets the Target environment id sent with requests that carry none.</summary>
    /// <remarks>Default <see langword="null"/> (the edge picks the environment from the host). Must be positive.</remarks>
    public long? EnvironmentId { get; set; }

    /// <summary>Gets or sets a value indicating whether <c>UseAdobeTarget()</c> writes the <c>mbox</c> and <c>mboxEdgeCluster</c> cookies.</summary>
    /// <remarks>Default <see langword="true"/>. Turn off when the application writes them itself from <see cref="TargetDeliveryResponse"/>.</remarks>
    public bool WriteCookies { get; set; } = true;

    /// <summary>Gets or sets how <c>UseAdobeTarget()</c> writes both cookies (the names are fixed: at.js reads them).</summary>
    /// <remarks>
    /// Defaults: <c>Path=/</c>, <c>SameSite=Lax</c>, <c>SecurePolicy=SameAsRequest</c>, <c>HttpOnly=false</c> (at.js
    /// reads these cookies on hybrid pages), no <c>Domain</c> (set at.js's cookie domain, such as <c>.example.com</c>,
    /// to share them across subdomains), <c>IsEssential=false</c> (not written while a consent policy says the
    /// visitor has not consented).
    /// </remarks>
    public CookieBuilder Cookie { get; set; } = new()
    {
        Path = "/",
        SameSite = SameSiteMode.Lax,
        SecurePolicy = CookieSecurePolicy.SameAsRequest,
        HttpOnly = false,
        IsEssential = false,
    };

    /// <summary>Gets or sets which parts of the HTTP request fill a delivery request's <c>context</c> when it has none of its own.</summary>
    public TargetRequestContextOptions RequestContext { get; set; } = new();

    /// <summary>Gets or sets how <see cref="ITargetNotifier"/> queues, batches, retries and drains notifications.</summary>
    public TargetNotificationOptions Notifications { get; set; } = new();

    /// <summary>Gets or sets the circuit breaker per edge host (<c>AdobeTarget:CircuitBreaker</c>).</summary>
    public TargetCircuitBreakerOptions CircuitBreaker { get; set; } = new();
}
