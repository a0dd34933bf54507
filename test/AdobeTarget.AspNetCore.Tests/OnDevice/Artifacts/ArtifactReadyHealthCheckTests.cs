using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

public class ArtifactReadyHealthCheckTests
{
    private static async Task<HealthReportEntry> CheckReadyAsync(ArtifactHarness harness) =>
        (await harness.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"))).Entries["adobe_target_artifact"];

    private static void AddCheck(AdobeTargetBuilder builder) => builder.Services.AddHealthChecks().AddAdobeTargetArtifactReady();

    [Fact]
    public async Task OnDevice_BeforeAndAfterTheFirstLoad_UnhealthyThenHealthy()
    {
        await using var harness = await ArtifactHarness.StartAsync(build: AddCheck, start: false);
        var before = await CheckReadyAsync(harness);

        await harness.Poller.StartAsync(CancellationToken.None);
        await harness.WaitUntilReadyAsync();
        var after = await CheckReadyAsync(harness);

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
        Assert.Equal("1.0.0", after.Data["artifact_version"]);
    }

    [Fact]
    public async Task ServerSide_NoArtifactNeeded_IsHealthyAtOnce()
    {
        await using var harness = await ArtifactHarness.StartAsync((options, _) =>
        {
            options.DecisioningMethod = TargetDecisioningMethod.ServerSide;
            options.OnDevice.ArtifactLocation = null;
        }, AddCheck);

        Assert.Equal(HealthStatus.Healthy, (await CheckReadyAsync(harness)).Status);
    }
}
