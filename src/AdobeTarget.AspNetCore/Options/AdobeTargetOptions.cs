using System.ComponentModel.DataAnnotations;
using AdobeTarget.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

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
    /// <remarks>Required. A DNS label: letters, digits and inner hyphens, at most 63 characters, nothing after it (not even a newline).</remarks>
    [Required(ErrorMessage = "AdobeTarget:ClientCode is required: your Target client code, the 'acme' of acme.tt.omtrdc.net")]
    [RegularExpression(@"\A[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\z", ErrorMessage = "AdobeTarget:ClientCode must be a DNS label (letters, digits and inner hyphens, at most 63 characters, nothing after it, not even a newline) such as 'acme'")]
    public string? ClientCode { get; set; }

    /// <summary>Gets or sets the IMS organization id, ending in <c>@AdobeOrg</c>.</summary>
    /// <remarks>Required. Letters and digits followed by <c>@AdobeOrg</c>, nothing after it (not even a newline).</remarks>
    [Required(ErrorMessage = "AdobeTarget:OrganizationId is required: your IMS organization id, such as 'ABC123@AdobeOrg'")]
    [RegularExpression(@"\A[A-Za-z0-9]{1,64}@AdobeOrg\z", ErrorMessage = "AdobeTarget:OrganizationId must be 1 to 64 letters and digits followed by '@AdobeOrg' (nothing after it, not even a newline) such as 'ABC123@AdobeOrg'")]
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
    /// <remarks>
    /// Default 3 seconds; from 1 millisecond to 60 seconds. In configuration, write a <see cref="TimeSpan"/> as
    /// <c>hh:mm:ss</c> with optional fractions of a second: <c>"00:00:03"</c> is 3 seconds, <c>"00:00:01.500"</c> is
    /// 1.5 seconds. A bare number counts days (<c>"3"</c> is 3 days) and is refused; a unit suffix such as <c>"3s"</c>
    /// does not bind at all.
    /// </remarks>
    [TimeSpanRange("00:00:00.001", "00:01:00", ErrorMessage = "AdobeTarget:Timeout must be from 00:00:00.001 to 00:01:00, written hh:mm:ss such as '00:00:03' for 3 seconds (a bare '3' means 3 days)")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Gets or sets the largest Delivery API response body read, in bytes after decompression.</summary>
    /// <remarks>
    /// Default 4 MiB (4,194,304), far above any real response; from 64 KiB to 256 MiB. A larger body fails the call with
    /// <see cref="TargetResponseFormatException"/>, so a misbehaving edge or proxy cannot exhaust the server's memory.
    /// </remarks>
    [IntegerRange(64 * 1024, 256 * 1024 * 1024, ErrorMessage = "AdobeTarget:MaxResponseBytes must be from 65536 (64 KiB) to 268435456 (256 MiB)")]
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Gets or sets the at_property token sent with requests that carry none.</summary>
    /// <remarks>Default <see langword="null"/> (no property). When set, 1 to 256 characters with no control or format characters.</remarks>
    [RegularExpression(@"\A[^\p{C}]{1,256}\z", ErrorMessage = "AdobeTarget:PropertyToken must be 1 to 256 printable characters when set")]
    public string? PropertyToken { get; set; }

    /// <summary>Gets or sets the Target environment id sent with requests that carry none.</summary>
    /// <remarks>Default <see langword="null"/> (the edge picks the environment from the host). Must be positive.</remarks>
    [IntegerRange(1, long.MaxValue, ErrorMessage = "AdobeTarget:EnvironmentId must be a positive number when set")]
    public long? EnvironmentId { get; set; }

    /// <summary>Gets or sets a value indicating whether <c>UseAdobeTarget()</c> writes the <c>mbox</c> and <c>mboxEdgeCluster</c> cookies.</summary>
    /// <remarks>Default <see langword="true"/>. Turn off when the application writes them itself from <see cref="TargetDeliveryResponse"/>.</remarks>
    public bool WriteCookies { get; set; } = true;

    /// <summary>Gets or sets how <c>UseAdobeTarget()</c> writes both cookies (the names are fixed: at.js reads them).</summary>
    /// <remarks>
    /// Defaults: <c>Path=/</c>, <c>SameSite=Lax</c>, <c>SecurePolicy=SameAsRequest</c>, <c>HttpOnly=false</c> (at.js
    /// reads these cookies on hybrid pages), no <c>Domain</c> (set at.js's cookie domain, such as <c>.example.com</c>,
    /// to share them across subdomains), <c>IsEssential=false</c> (not written while a consent policy says the
    /// visitor has not consented). A <c>Domain</c> is a domain name of at most 253 characters; a <c>Path</c> starts
    /// with <c>/</c>, holds no <c>;</c>, <c>,</c> or spaces and has at most 200 characters, so that every
    /// <c>Set-Cookie</c> header stays within 4,096 bytes.
    /// </remarks>
    [Required(ErrorMessage = "AdobeTarget:Cookie must not be null")]
    public CookieBuilder Cookie { get; set; } = new()
    {
        Path = "/",
        SameSite = SameSiteMode.Lax,
        SecurePolicy = CookieSecurePolicy.SameAsRequest,
        HttpOnly = false,
        IsEssential = false,
    };

    /// <summary>Gets or sets which parts of the HTTP request fill a delivery request's <c>context</c> when it has none of its own.</summary>
    [Required(ErrorMessage = "AdobeTarget:RequestContext must not be null")]
    public TargetRequestContextOptions RequestContext { get; set; } = new();

    /// <summary>Gets or sets how <see cref="ITargetNotifier"/> queues, batches, retries and drains notifications.</summary>
    [Required(ErrorMessage = "AdobeTarget:Notifications must not be null")]
    [ValidateObjectMembers]
    public TargetNotificationOptions Notifications { get; set; } = new();

    /// <summary>Gets or sets where calls are decided: on the edge, on this server from the rules artifact, or whichever can.</summary>
    /// <remarks>
    /// Default <see cref="TargetDecisioningMethod.ServerSide"/>. <see cref="TargetDeliveryOptions.DecisioningMethod"/> overrides it per
    /// call. With <see cref="TargetDecisioningMethod.OnDevice"/> or <see cref="TargetDecisioningMethod.Hybrid"/> the rules artifact is
    /// loaded and polled in the background (<see cref="OnDevice"/>).
    /// </remarks>
    public TargetDecisioningMethod DecisioningMethod { get; set; } = TargetDecisioningMethod.ServerSide;

    /// <summary>Gets or sets on-device decisioning: the rules artifact's source and polling, geo lookup, telemetry (<c>AdobeTarget:OnDevice</c>).</summary>
    [Required(ErrorMessage = "AdobeTarget:OnDevice must not be null")]
    [ValidateObjectMembers]
    public TargetOnDeviceOptions OnDevice { get; set; } = new();

    /// <summary>Gets or sets the circuit breaker per edge host (<c>AdobeTarget:CircuitBreaker</c>).</summary>
    [Required(ErrorMessage = "AdobeTarget:CircuitBreaker must not be null")]
    [ValidateObjectMembers]
    public TargetCircuitBreakerOptions CircuitBreaker { get; set; } = new();
}
