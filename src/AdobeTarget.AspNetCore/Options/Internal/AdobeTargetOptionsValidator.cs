using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>Stops start-up on settings that cannot work, naming the setting and what it expects.</summary>
internal sealed partial class AdobeTargetOptionsValidator : IValidateOptions<AdobeTargetOptions>
{
    internal static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(1);
    internal static readonly TimeSpan MaxTimeout = TimeSpan.FromSeconds(60);

    public ValidateOptionsResult Validate(string? name, AdobeTargetOptions options)
    {
        var failures = new List<string>();
        const string Section = AdobeTargetOptions.SectionName;

        if (string.IsNullOrWhiteSpace(options.ClientCode))
        {
            failures.Add($"{Section}:ClientCode is required: set it to your Target client code (the 'acme' of acme.tt.omtrdc.net).");
        }
        else if (!DnsLabel().IsMatch(options.ClientCode))
        {
            failures.Add($"{Section}:ClientCode must be a DNS label (letters, digits and inner hyphens, at most 63 characters); got '{Printable(options.ClientCode)}'.");
        }

        if (string.IsNullOrWhiteSpace(options.OrganizationId))
        {
            failures.Add($"{Section}:OrganizationId is required: set it to your IMS organization id, such as 'ABC123@AdobeOrg'.");
        }
        else if (!OrganizationId().IsMatch(options.OrganizationId))
        {
            failures.Add($"{Section}:OrganizationId must be letters and digits followed by '@AdobeOrg'; got '{Printable(options.OrganizationId)}'.");
        }

        if (options.ServerDomain is not null && !EdgeHost.IsValidServerDomain(options.ServerDomain))
        {
            failures.Add($"{Section}:ServerDomain must be a host name with an optional port and no scheme or path, such as 'target.example.com' or '127.0.0.1:5081'; got '{Printable(options.ServerDomain)}'.");
        }

        if (options.Timeout < MinTimeout || options.Timeout > MaxTimeout)
        {
            failures.Add($"{Section}:Timeout must be from 00:00:00.001 to 00:01:00; got '{options.Timeout.ToString("c", CultureInfo.InvariantCulture)}'.");
        }

        if (options.EnvironmentId is <= 0)
        {
            failures.Add($"{Section}:EnvironmentId must be a positive number when set; got {options.EnvironmentId.Value.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (options.PropertyToken is not null && (options.PropertyToken.Length is 0 or > 256 || options.PropertyToken.Any(char.IsControl)))
        {
            failures.Add($"{Section}:PropertyToken must be 1 to 256 printable characters when set.");
        }

        ValidateCookie(options, failures);
        ValidateNotifications(options.Notifications, failures);
        if (options.RequestContext is null)
        {
            failures.Add($"{Section}:RequestContext must not be null.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCookie(AdobeTargetOptions options, List<string> failures)
    {
        const string Section = AdobeTargetOptions.SectionName;
        if (options.Cookie is null)
        {
            failures.Add($"{Section}:Cookie must not be null.");
            return;
        }

        if (options.Cookie.Domain is { } domain && !CookieDomain().IsMatch(domain))
        {
            failures.Add($"{Section}:Cookie:Domain must be a domain such as '.example.com' (at.js's cookie domain); got '{Printable(domain)}'.");
        }

        if (options.Cookie.Path is { } path && !CookiePath().IsMatch(path))
        {
            failures.Add($"{Section}:Cookie:Path must start with '/' and hold no ';', ',' or spaces; got '{Printable(path)}'.");
        }
    }

    private static void ValidateNotifications(TargetNotificationOptions? notifications, List<string> failures)
    {
        const string Section = AdobeTargetOptions.SectionName + ":Notifications";
        if (notifications is null)
        {
            failures.Add($"{Section} must not be null.");
            return;
        }

        void Range(string name, double value, double min, double max, string shown)
        {
            if (value < min || value > max)
            {
                failures.Add($"{Section}:{name} must be from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}; got {shown}.");
            }
        }

        Range(nameof(notifications.QueueCapacity), notifications.QueueCapacity, 1, 1_000_000, notifications.QueueCapacity.ToString(CultureInfo.InvariantCulture));
        Range(nameof(notifications.MaxBatchSize), notifications.MaxBatchSize, 1, 1_000, notifications.MaxBatchSize.ToString(CultureInfo.InvariantCulture));
        Range(nameof(notifications.MaxConcurrency), notifications.MaxConcurrency, 1, 64, notifications.MaxConcurrency.ToString(CultureInfo.InvariantCulture));
        Range(nameof(notifications.MaxAttempts), notifications.MaxAttempts, 1, 20, notifications.MaxAttempts.ToString(CultureInfo.InvariantCulture));
        Range($"{nameof(notifications.BatchWindow)} (seconds)", notifications.BatchWindow.TotalSeconds, 0, 5, Seconds(notifications.BatchWindow));
        Range($"{nameof(notifications.RetryBaseDelay)} (seconds)", notifications.RetryBaseDelay.TotalSeconds, 0, 60, Seconds(notifications.RetryBaseDelay));
        Range($"{nameof(notifications.RetryMaxDelay)} (seconds)", notifications.RetryMaxDelay.TotalSeconds, notifications.RetryBaseDelay.TotalSeconds, 300, Seconds(notifications.RetryMaxDelay));
        Range($"{nameof(notifications.ShutdownTimeout)} (seconds)", notifications.ShutdownTimeout.TotalSeconds, 0, 300, Seconds(notifications.ShutdownTimeout));

        static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>Shows a configured value in a message without control characters, cut to a readable length.</summary>
    private static string Printable(string value)
    {
        var cleaned = new string(value.Select(c => char.IsControl(c) ? '?' : c).Take(100).ToArray());
        return value.Length > 100 ? cleaned + "…" : cleaned;
    }

    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex(@"^\.?[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex CookieDomain();

    [GeneratedRegex(@"^/[\x21-\x2B\x2D-\x3A\x3C-\x7E]*$")]
    private static partial Regex CookiePath();

    [GeneratedRegex("^[A-Za-z0-9]{1,64}@AdobeOrg$")]
    private static partial Regex OrganizationId();
}
