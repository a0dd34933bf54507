using AdobeTarget.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdobeTarget.AspNetCore.Tests.Health;

public class AdobeTargetHealthCheckTests
{
    private static async Task<HealthReport> CheckAsync(ClientHarness harness) =>
        await harness.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    private static async Task CallAsync(ClientHarness harness, int count)
    {
        for (var i = 0; i < count; i++)
        {
            try
            {
                await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") });
            }
            catch (TargetException)
            {
                // Counted by the health tracker.
            }
        }
    }

    [Fact]
    public async Task RecentFailures_ReportDegradedWithoutCallingTheEdge()
    {
        await using var harness = await ClientHarness.StartAsync(build: b => b.Services.AddHealthChecks().AddAdobeTarget());
        await CallAsync(harness, 3);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(harness)).Status);

        harness.Edge.Respond = StubEdge.Status(503);
        await CallAsync(harness, 3);
        var calls = harness.Edge.Requests.Count;
        var report = await CheckAsync(harness);

        Assert.Equal(calls, harness.Edge.Requests.Count); // the check itself sent nothing
        var entry = report.Entries["adobe_target"];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Contains("3 of the last 6", entry.Description, StringComparison.Ordinal);
        Assert.Contains("status 503", entry.Description, StringComparison.Ordinal);
        Assert.Equal(3, entry.Data["failures"]);
    }

    [Fact]
    public async Task FailuresOlderThanAMinute_NoLongerCount()
    {
        await using var harness = await ClientHarness.StartAsync(build: b => b.Services.AddHealthChecks().AddAdobeTarget());
        harness.Edge.Respond = StubEdge.Status(500);
        await CallAsync(harness, 5);
        Assert.Equal(HealthStatus.Degraded, (await CheckAsync(harness)).Status);

        harness.Time.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(harness)).Status);
    }

    [Fact]
    public async Task FewFailuresAmongManySuccesses_StayHealthy()
    {
        await using var harness = await ClientHarness.StartAsync(build: b => b.Services.AddHealthChecks().AddAdobeTarget());
        await CallAsync(harness, 10);
        harness.Edge.Respond = StubEdge.Status(500);
        await CallAsync(harness, 4);

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(harness)).Status);
    }

    [Fact]
    public async Task BadRequests_AreAboutTheRequestNotTheEdge()
    {
        await using var harness = await ClientHarness.StartAsync(build: b => b.Services.AddHealthChecks().AddAdobeTarget(failureStatus: HealthStatus.Unhealthy));
        harness.Edge.Respond = StubEdge.Status(400, """{"status":400,"message":"bad token"}""");
        await CallAsync(harness, 5);

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(harness)).Status);
    }
}
