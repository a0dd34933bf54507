using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

public class ArtifactHealthTests
{
    private static async Task<HealthReportEntry> CheckAsync(ArtifactHarness harness) =>
        (await harness.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["adobe_target"];

    private static void AddCheck(AdobeTargetBuilder builder) => builder.Services.AddHealthChecks().AddAdobeTarget();

    [Fact]
    public async Task OnDevice_NoArtifactYet_IsDegraded()
    {
        await using var harness = await ArtifactHarness.StartAsync(build: AddCheck, start: false);

        var entry = await CheckAsync(harness);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("No Adobe Target rules artifact is loaded yet, so on-device calls fail.", entry.Description);
        Assert.Equal(0, entry.Data["artifact_rules"]);
    }

    [Fact]
    public async Task Hybrid_ArtifactLoaded_IsHealthyWithItsVersionRulesAndAge()
    {
        await using var harness = await ArtifactHarness.StartAsync((options, _) => options.DecisioningMethod = TargetDecisioningMethod.Hybrid, AddCheck);
        await harness.WaitUntilReadyAsync();
        await harness.Poller.StopAsync(CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(2));

        var entry = await CheckAsync(harness);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("1.0.0", entry.Data["artifact_version"]);
        Assert.Equal(2, entry.Data["artifact_rules"]);
        Assert.Equal(120.0, entry.Data["artifact_age_seconds"]);
    }

    [Fact]
    public async Task ArtifactNotRefreshedForThreePollingIntervals_IsDegraded()
    {
        await using var harness = await ArtifactHarness.StartAsync(build: AddCheck);
        await harness.WaitUntilReadyAsync();
        await harness.Poller.StopAsync(CancellationToken.None);

        harness.Time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(harness)).Status);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var entry = await CheckAsync(harness);

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains("last refreshed 901 s ago, more than 3 polling intervals of 300 s", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerSide_NoArtifact_IsHealthyAndReportsNoArtifactData()
    {
        await using var harness = await ArtifactHarness.StartAsync((options, _) =>
        {
            options.DecisioningMethod = TargetDecisioningMethod.ServerSide;
            options.OnDevice.ArtifactLocation = null;
        }, AddCheck);

        var entry = await CheckAsync(harness);

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.False(entry.Data.ContainsKey("artifact_rules"));
    }
}
