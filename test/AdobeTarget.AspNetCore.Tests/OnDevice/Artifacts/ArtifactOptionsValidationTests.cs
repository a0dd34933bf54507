using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

/// <summary>What start-up says about a wrong on-device setting: one line naming the setting and the value expected.</summary>
public class ArtifactOptionsValidationTests
{
    private static string Failure(Action<TargetOnDeviceOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddAdobeTarget(o =>
        {
            o.ClientCode = "acme";
            o.OrganizationId = "ABC123@AdobeOrg";
            configure(o.OnDevice);
        });
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AdobeTargetOptions>>().Value);
        return Assert.Single(error.Failures);
    }

    [Fact]
    public void PollingInterval_BelowOneSecond_IsRefused() =>
        Assert.EndsWith("AdobeTarget:OnDevice:PollingInterval must be 00:00:00 (no polling) or from 00:00:01 to 1.00:00:00, written hh:mm:ss such as '00:05:00' (got 00:00:00.5000000)",
            Failure(o => o.PollingInterval = TimeSpan.FromMilliseconds(500)), StringComparison.Ordinal);

    [Fact]
    public void MaxArtifactBytes_TooSmall_IsRefused() =>
        Assert.EndsWith("AdobeTarget:OnDevice:MaxArtifactBytes must be from 65536 (64 KiB) to 1073741824 (1 GiB)",
            Failure(o => o.MaxArtifactBytes = 1000), StringComparison.Ordinal);

    [Fact]
    public void DownloadTimeout_Zero_IsRefused() =>
        Assert.EndsWith("AdobeTarget:OnDevice:DownloadTimeout must be from 00:00:01 to 00:10:00, written hh:mm:ss",
            Failure(o => o.DownloadTimeout = TimeSpan.Zero), StringComparison.Ordinal);

    [Fact]
    public void ArtifactLocation_NotHttp_IsRefused() =>
        Assert.Contains("AdobeTarget:OnDevice:ArtifactLocation must be an absolute http or https address",
            Failure(o => o.ArtifactLocation = new Uri("file:///srv/rules.json")), StringComparison.Ordinal);

    [Fact]
    public void ArtifactPath_ControlCharacter_IsRefused() =>
        Assert.Contains("AdobeTarget:OnDevice:ArtifactPath must be a file path with no control characters",
            Failure(o => o.ArtifactPath = "rules\n.json"), StringComparison.Ordinal);

    [Fact]
    public void Environment_WithASlash_IsRefused() =>
        Assert.EndsWith("AdobeTarget:OnDevice:Environment must be 1 to 64 letters, digits, '-' or '_', such as 'production'",
            Failure(o => o.Environment = "prod/../x"), StringComparison.Ordinal);
}
