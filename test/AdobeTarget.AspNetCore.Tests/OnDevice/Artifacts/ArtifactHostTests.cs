using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

/// <summary>The poller inside a real generic host: start-up does not wait for the artifact source, shutdown does not wait for a hang.</summary>
public class ArtifactHostTests
{
    [Fact]
    public async Task HostStart_ArtifactSourceHangs_StartsAtOnceAndStopsCleanly()
    {
        await using var server = await ArtifactServer.StartAsync(TestArtifacts.AbSimple);
        server.Respond = ArtifactServer.Hang();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddAdobeTarget(options =>
        {
            options.ClientCode = "acme";
            options.OrganizationId = ArtifactHarness.OrganizationId;
            options.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            options.OnDevice.ArtifactLocation = server.Address();
        });
        using var host = builder.Build();

        await host.StartAsync();
        await server.WaitForRequestsAsync();
        var status = host.Services.GetRequiredService<ITargetArtifactStatus>();
        Assert.False(status.IsReady);

        await host.StopAsync();

        var poller = host.Services.GetServices<IHostedService>().OfType<ArtifactPollingService>().Single();
        Assert.True(poller.Running.IsCompletedSuccessfully);
    }
}
