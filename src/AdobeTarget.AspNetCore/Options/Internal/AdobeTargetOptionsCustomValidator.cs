using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Checks what the data annotations of <see cref="AdobeTargetOptions"/> cannot say: the cookie builder's domain and
/// path, the server domain (through <see cref="EdgeHost.IsValidServerDomain"/>) and rules that span two settings.
/// Each failure is one line, <c>Member: AdobeTarget:Setting must be ... (got '...')</c>, the shape the generated
/// <see cref="AdobeTargetOptionsValidator"/> gives its own.
/// </summary>
internal sealed partial class AdobeTargetOptionsCustomValidator : IValidateOptions<AdobeTargetOptions>
{
    /// <summary>The longest cookie domain accepted: a DNS name.</summary>
    public const int MaxCookieDomainLength = 253;

    /// <summary>The longest cookie path accepted, so that the attributes of a Target cookie fit its 4,096 bytes.</summary>
    public const int MaxCookiePathLength = 200;

    private static readonly TimeSpan MaxRetryBaseDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxPollingInterval = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, AdobeTargetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();

        if (options.ServerDomain is { } serverDomain && !EdgeHost.IsValidServerDomain(serverDomain))
        {
            Fail(builder, nameof(options.ServerDomain), $"AdobeTarget:ServerDomain must be a host name with an optional port and no scheme or path, such as 'target.example.com' or '127.0.0.1:5081' (got '{OptionValueText.Printable(serverDomain)}')");
        }

        if (options.Cookie is { } cookie)
        {
            if (cookie.Domain is { } domain && (domain.Length > MaxCookieDomainLength || !CookieDomain().IsMatch(domain)))
            {
                Fail(builder, "Cookie.Domain", $"AdobeTarget:Cookie:Domain must be a domain of at most 253 characters such as '.example.com' (at.js's cookie domain) (got '{OptionValueText.Printable(domain)}')");
            }

            if (cookie.Path is { } path && (path.Length > MaxCookiePathLength || !CookiePath().IsMatch(path)))
            {
                Fail(builder, "Cookie.Path", $"AdobeTarget:Cookie:Path must start with '/' and hold at most 200 printable characters other than ';', ',' and spaces (got '{OptionValueText.Printable(path)}')");
            }
        }

        // Checked only when both delays are within their own ranges, so that one wrong value is reported once.
        if (options.Notifications is { } notifications &&
            notifications.RetryBaseDelay > TimeSpan.Zero && notifications.RetryBaseDelay <= MaxRetryBaseDelay &&
            notifications.RetryMaxDelay >= TimeSpan.Zero && notifications.RetryMaxDelay < notifications.RetryBaseDelay)
        {
            Fail(builder, "Notifications.RetryMaxDelay", $"AdobeTarget:Notifications:RetryMaxDelay must not be shorter than AdobeTarget:Notifications:RetryBaseDelay (got {OptionValueText.Format(notifications.RetryMaxDelay)} and {OptionValueText.Format(notifications.RetryBaseDelay)})");
        }

        if (options.CircuitBreaker is { } breaker && !(breaker.FailureRatio >= 0.01 && breaker.FailureRatio <= 1))
        {
            Fail(builder, "CircuitBreaker.FailureRatio", $"AdobeTarget:CircuitBreaker:FailureRatio must be from 0.01 to 1 (got {breaker.FailureRatio.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        }

        if (!Enum.IsDefined(options.DecisioningMethod))
        {
            Fail(builder, nameof(options.DecisioningMethod), $"AdobeTarget:DecisioningMethod must be ServerSide, OnDevice or Hybrid (got {(int)options.DecisioningMethod})");
        }

        if (options.OnDevice is { } onDevice)
        {
            ValidateOnDevice(builder, onDevice);
        }

        return builder.Build();
    }

    private static void ValidateOnDevice(ValidateOptionsResultBuilder builder, TargetOnDeviceOptions onDevice)
    {
        if (onDevice.PollingInterval != TimeSpan.Zero && (onDevice.PollingInterval < MinPollingInterval || onDevice.PollingInterval > MaxPollingInterval))
        {
            Fail(builder, "OnDevice.PollingInterval", $"AdobeTarget:OnDevice:PollingInterval must be 00:00:00 (no polling) or from 00:00:01 to 1.00:00:00, written hh:mm:ss such as '00:05:00' (got {OptionValueText.Format(onDevice.PollingInterval)})");
        }

        if (!Enum.IsDefined(onDevice.ArtifactFormat))
        {
            Fail(builder, "OnDevice.ArtifactFormat", $"AdobeTarget:OnDevice:ArtifactFormat must be Json or Bin (got {(int)onDevice.ArtifactFormat})");
        }

        if (onDevice.ArtifactLocation is { } artifact && !IsHttpAddress(artifact))
        {
            Fail(builder, "OnDevice.ArtifactLocation", $"AdobeTarget:OnDevice:ArtifactLocation must be an absolute http or https address such as 'https://assets.adobetarget.com/acme/production/v1/rules.json' (got '{OptionValueText.Printable(artifact.OriginalString)}')");
        }

        if (onDevice.GeoLocation is { } geo && !IsHttpAddress(geo))
        {
            Fail(builder, "OnDevice.GeoLocation", $"AdobeTarget:OnDevice:GeoLocation must be an absolute http or https address such as 'https://assets.adobetarget.com/v1/geo' (got '{OptionValueText.Printable(geo.OriginalString)}')");
        }

        if (onDevice.ArtifactPath is { } path && (path.Length == 0 || path.Any(char.IsControl)))
        {
            Fail(builder, "OnDevice.ArtifactPath", $"AdobeTarget:OnDevice:ArtifactPath must be a file path with no control characters when set (got '{OptionValueText.Printable(path)}')");
        }
    }

    private static bool IsHttpAddress(Uri address) =>
        address.IsAbsoluteUri && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps) && address.Host.Length > 0;

    private static void Fail(ValidateOptionsResultBuilder builder, string member, string message) =>
        builder.AddResult(new ValidationResult(message, [member]));

    /// <summary>A domain name, optionally with at.js's leading dot; the whole value (<c>\z</c>: no trailing newline).</summary>
    [GeneratedRegex(@"\A\.?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CookieDomain();

    /// <summary>A path of printable ASCII other than space, ';' and ','; the whole value.</summary>
    [GeneratedRegex(@"\A/[\x21-\x2B\x2D-\x3A\x3C-\x7E]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CookiePath();
}
