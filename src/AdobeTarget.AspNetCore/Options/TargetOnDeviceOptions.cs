using System.ComponentModel.DataAnnotations;
using AdobeTarget.Internal;

namespace AdobeTarget;

/// <summary>
/// On-device decisioning (<c>AdobeTarget:OnDevice</c>): where the rules artifact comes from, how often it is polled, and
/// what local decisions add. Used when <see cref="AdobeTargetOptions.DecisioningMethod"/> is <see cref="TargetDecisioningMethod.OnDevice"/>
/// or <see cref="TargetDecisioningMethod.Hybrid"/>, or a call asks for either.
/// </summary>
public sealed class TargetOnDeviceOptions
{
    /// <summary>The artifact host of Adobe's CDN.</summary>
    public const string DefaultArtifactHost = "assets.adobetarget.com";

    /// <summary>Gets or sets the Target environment whose artifact is downloaded.</summary>
    /// <remarks>Default <c>production</c>; lower-cased in the address. Letters, digits, <c>-</c> and <c>_</c>, 1 to 64 characters.</remarks>
    [RegularExpression(@"\A[A-Za-z0-9_-]{1,64}\z", ErrorMessage = "AdobeTarget:OnDevice:Environment must be 1 to 64 letters, digits, '-' or '_', such as 'production'")]
    public string Environment { get; set; } = "production";

    /// <summary>Gets or sets the absolute http(s) address of the artifact, overriding the default on Adobe's CDN.</summary>
    /// <remarks>
    /// Default <see langword="null"/>: <c>https://assets.adobetarget.com/{ClientCode}/{Environment}/v1/[{PropertyToken}/]rules.json</c>
    /// (<c>rules.bin</c> for <see cref="TargetArtifactFormat.Bin"/>). A local edge publishes its own at the same path.
    /// </remarks>
    public Uri? ArtifactLocation { get; set; }

    /// <summary>Gets or sets the artifact's format.</summary>
    /// <remarks>Default <see cref="TargetArtifactFormat.Json"/>.</remarks>
    public TargetArtifactFormat ArtifactFormat { get; set; } = TargetArtifactFormat.Json;

    /// <summary>Gets or sets a local artifact file, loaded at start-up before (or, with polling off, instead of) a download.</summary>
    /// <remarks>Default <see langword="null"/>. For offline servers and tests; its format follows <see cref="ArtifactFormat"/> (or a <c>.bin</c> extension).</remarks>
    public string? ArtifactPath { get; set; }

    /// <summary>Gets or sets how often the artifact is downloaded again (with <c>If-None-Match</c>).</summary>
    /// <remarks>Default 5 minutes (<c>"00:05:00"</c>); <c>"00:00:00"</c> turns downloads off (only <see cref="ArtifactPath"/> is used); else from 1 second to 1 day.</remarks>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the largest artifact accepted, in bytes after decompression.</summary>
    /// <remarks>Default 64 MiB; from 64 KiB to 1 GiB. A larger download is refused and the last good artifact kept.</remarks>
    [IntegerRange(64 * 1024, 1024 * 1024 * 1024, ErrorMessage = "AdobeTarget:OnDevice:MaxArtifactBytes must be from 65536 (64 KiB) to 1073741824 (1 GiB)")]
    public int MaxArtifactBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Gets or sets the time one artifact download may take.</summary>
    /// <remarks>Default 30 seconds (<c>"00:00:30"</c>); from 1 second to 10 minutes.</remarks>
    [TimeSpanRange("00:00:01", "00:10:00", ErrorMessage = "AdobeTarget:OnDevice:DownloadTimeout must be from 00:00:01 to 00:10:00, written hh:mm:ss")]
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets a value indicating whether a visitor known only by IP address is located for geo-targeted rules.</summary>
    /// <remarks>
    /// Default <see langword="true"/>. Only when the artifact enables geo targeting and the request's <c>context.geo</c> has an
    /// IP address and no location: an <see cref="ITargetGeoResolver"/> the application registers, else Adobe's geo endpoint
    /// (<see cref="GeoLocation"/>), bounded by <see cref="AdobeTargetOptions.Timeout"/> and cached.
    /// </remarks>
    public bool GeoLookup { get; set; } = true;

    /// <summary>Gets or sets the absolute http(s) address of the geo lookup endpoint.</summary>
    /// <remarks>Default <see langword="null"/>: <c>https://assets.adobetarget.com/v1/geo</c>.</remarks>
    public Uri? GeoLocation { get; set; }

    /// <summary>Gets or sets a value indicating whether local decisions report telemetry (mode, features, execution time) on the next edge call.</summary>
    /// <remarks>Default <see langword="true"/>, as in the official SDKs.</remarks>
    public bool Telemetry { get; set; } = true;
}
