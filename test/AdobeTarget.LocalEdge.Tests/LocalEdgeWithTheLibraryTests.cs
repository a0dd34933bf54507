using AdobeTarget.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdobeTarget.LocalEdge.Tests;

/// <summary>What a user's own integration test looks like: the library against a local edge server.</summary>
public class LocalEdgeWithTheLibraryTests
{
    [Fact]
    public async Task PrefetchDisplayClick_AreCountedAndTheVisitorIsSticky()
    {
        await using var server = await LocalEdgeServer.StartAsync(TestActivities.Edge());
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging().AddAdobeTarget(o =>
        {
            o.ClientCode = "local";
            o.OrganizationId = "LOCAL1@AdobeOrg";
            o.ServerDomain = server.ServerDomain;
            o.Secure = false;
            o.Timeout = TimeSpan.FromSeconds(20); // a cold first call on a busy machine; this test asserts counts, not speed
        });
        using var host = builder.Build();
        await host.StartAsync();
        var target = host.Services.GetRequiredService<ITargetClient>();
        var notifier = host.Services.GetRequiredService<ITargetNotifier>();
        var request = new DeliveryRequest { Prefetch = new PrefetchRequest { Mboxes = [new MboxRequest { Name = "home", Index = 0 }] } };

        var first = await target.GetOffersAsync(new TargetDeliveryOptions { Request = request });
        await notifier.NotifyDisplayAsync(first);
        await notifier.NotifyClickAsync(first, TargetClick.OnMbox("home"));
        await notifier.FlushAsync();
        var again = await target.GetOffersAsync(new TargetDeliveryOptions { Request = request, TargetCookie = first.TargetCookie.Value });

        Assert.Matches("^[0-9a-f]{32}\\.35_0$", first.TntId);
        Assert.Equal("35", first.LocationHint);
        Assert.Equal(first.TntId, again.TntId);
        Assert.Equal(first.SessionId, again.SessionId);
        var content = first.Response!.Prefetch!.Mboxes![0].Options![0].Content!.Value.GetString();
        Assert.Equal(content, again.Response!.Prefetch!.Mboxes![0].Options![0].Content!.Value.GetString());
        var experience = server.Edge.Report().Activities[0].Experiences.Single(e => e.Impressions > 0);
        Assert.Equal((1, 1, 1), (experience.Visitors, experience.Impressions, experience.Conversions));
        Assert.Equal(content == "<p>A</p>" ? 10 : 11, experience.Id);
        await host.StopAsync();
    }
}
