using AdobeTarget.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdobeTarget.AspNetCore.Tests.Hardening;

/// <summary>
/// Issue 9, item 5: visitors' location hints cannot make the process talk to unbounded hosts, and regional hosts that
/// never answered do not turn the shared health check.
/// </summary>
public class HintHostBoundTests
{
    private const string DefaultHost = "acme.tt.omtrdc.net";

    private static void MapOffersOrDefault(WebApplication app) =>
        app.MapGet("/hardening/offers-or-default", async (ITargetClient target) =>
        {
            try
            {
                await target.GetOffersAsync(new TargetDeliveryOptions { Request = Infrastructure.Requests.Prefetch("home") });
                return "offers";
            }
            catch (TargetException)
            {
                return "default content";
            }
        });

    [Fact]
    public async Task SixtyFourVisitorsWithMadeUpHints_AtMostMaxHintHostsAreTriedAndHealthStaysHealthy()
    {
        await using var app = await HostileEdgeApp.StartAsync(endpoints: MapOffersOrDefault, unreachable: host => host != DefaultHost);

        var pages = new List<string>();
        for (var hint = 9000; hint < 9064; hint++)
        {
            pages.Add((await app.App.GetAsync("/hardening/offers-or-default", ("mboxEdgeCluster", hint.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Body);
        }

        var hintHosts = app.HostsAttempted.Where(h => h != DefaultHost).Distinct().ToList();
        Assert.InRange(hintHosts.Count, 1, EdgeHost.MaxHintHosts);
        Assert.InRange(app.HostsAttempted.Distinct().Count(), 1, EdgeHost.MaxHintHosts + 1);
        Assert.Equal(HealthStatus.Healthy, (await app.HealthAsync()).Status);
        Assert.Equal(64 - hintHosts.Count, pages.Count(p => p == "offers")); // the others went to the default host
    }

    [Fact]
    public async Task MadeUpHintsOnly_FailTheirPagesButNotTheHealthCheck()
    {
        await using var app = await HostileEdgeApp.StartAsync(endpoints: MapOffersOrDefault, unreachable: host => host != DefaultHost);

        for (var hint = 9000; hint < 9005; hint++)
        {
            var page = await app.App.GetAsync("/hardening/offers-or-default", ("mboxEdgeCluster", hint.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal("default content", page.Body);
        }

        var health = await app.HealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Equal(0, health.Data["failures"]);
    }

    [Fact]
    public async Task RegionalHostThatNeverAnswered_IsNotTriedAgain()
    {
        await using var app = await HostileEdgeApp.StartAsync(endpoints: MapOffersOrDefault, unreachable: host => host != DefaultHost);

        var first = await app.App.GetAsync("/hardening/offers-or-default", ("mboxEdgeCluster", "9000"));
        var second = await app.App.GetAsync("/hardening/offers-or-default", ("mboxEdgeCluster", "9000"));

        Assert.Equal(("default content", "offers"), (first.Body, second.Body));
        Assert.Equal(["mboxedge9000.tt.omtrdc.net", DefaultHost], app.HostsAttempted);
        Assert.Equal(HealthStatus.Healthy, (await app.HealthAsync()).Status);
    }

    [Fact]
    public async Task RegionalHostThatAnswered_KeepsItsRequestsAndItsFailuresCount()
    {
        await using var app = await HostileEdgeApp.StartAsync(endpoints: MapOffersOrDefault);
        await app.App.GetAsync("/hardening/offers-or-default", ("mboxEdgeCluster", "34"));
        app.Edge.Respond = Infrastructure.StubEdge.Status(503);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("default content", (await app.App.GetAsync("/hardening/offers-or-default", ("mboxEdgeCluster", "34"))).Body);
        }

        Assert.All(app.HostsAttempted, h => Assert.Equal("mboxedge34.tt.omtrdc.net", h));
        Assert.Equal(HealthStatus.Degraded, (await app.HealthAsync()).Status);
    }
}
