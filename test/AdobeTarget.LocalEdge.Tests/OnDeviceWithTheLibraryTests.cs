using AdobeTarget.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdobeTarget.LocalEdge.Tests;

/// <summary>
/// The library deciding on device from the artifact a local edge server publishes, end to end over loopback: the
/// poller downloads it, visitors get the experience the edge gives them, and the display notifications of executes
/// reach the edge's report as on-device impressions.
/// </summary>
public class OnDeviceWithTheLibraryTests
{
    private const int Visitors = 40;

    [Fact]
    public async Task OnDeviceThenServerSide_SameExperiencesAndEveryImpressionCounted()
    {
        await using var server = await LocalEdgeServer.StartAsync(TestActivities.Edge());
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddLogging().AddAdobeTarget(o =>
        {
            o.ClientCode = "local";
            o.OrganizationId = new LocalEdgeOptions().OrganizationId; // rules.bin is obfuscated with it
            o.ServerDomain = server.ServerDomain;
            o.Secure = false;
            o.Timeout = TimeSpan.FromSeconds(20); // a cold first call on a busy machine; this test asserts counts, not speed
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.OnDevice.ArtifactLocation = new Uri(server.BaseAddress, "local/production/v1/rules.bin");
        });
        using var host = builder.Build();
        await host.StartAsync();
        using (var ready = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await host.Services.GetRequiredService<ITargetArtifactStatus>().WaitUntilReadyAsync(ready.Token);
        }

        var target = host.Services.GetRequiredService<ITargetClient>();
        for (var i = 0; i < Visitors; i++)
        {
            var onDevice = await target.GetOffersAsync(new TargetDeliveryOptions { Request = Execute() });
            var atEdge = await target.GetOffersAsync(new TargetDeliveryOptions
            {
                Request = Execute(),
                TargetCookie = onDevice.TargetCookie.Value,
                DecisioningMethod = TargetDecisioningMethod.ServerSide,
            });

            Assert.Equal(DecisioningMethod.OnDevice, onDevice.Meta.DecisioningMethod);
            Assert.Equal(DecisioningMethod.ServerSide, atEdge.Meta.DecisioningMethod);
            Assert.Equal(onDevice.TntId, atEdge.TntId);
            Assert.Equal(Content(atEdge), Content(onDevice));
        }

        await host.Services.GetRequiredService<ITargetNotifier>().FlushAsync();
        var experiences = server.Edge.Report().Activities.Single(a => a.Id == 1).Experiences;
        Assert.Equal(2 * Visitors, experiences.Sum(e => e.Impressions));
        Assert.Equal(Visitors, experiences.Sum(e => e.OnDeviceImpressions));
        Assert.Equal(Visitors, experiences.Sum(e => e.Visitors));
        await host.StopAsync();
    }

    private static DeliveryRequest Execute() => new() { Execute = new ExecuteRequest { Mboxes = [new MboxRequest { Name = "home", Index = 0 }] } };

    private static string? Content(TargetDeliveryResponse response) => response.Response!.Execute!.Mboxes![0].Options![0].Content!.Value.GetString();
}
