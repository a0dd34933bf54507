using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>Display notifications of local executes go through the notifier queue; telemetry rides on the next edge call.</summary>
public class OnDeviceNotificationTests
{
    [Fact]
    public async Task GetOffersAsync_OnDeviceExecute_QueuesDisplayNotificationsForTheVisitorInOneBatch()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");
        var notifier = harness.Services.GetRequiredService<ITargetNotifier>();

        var first = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician"), SessionId = "s-1" });
        var second = await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            TargetCookie = first.TargetCookie.Value,
        });
        Assert.Empty(harness.Edge.Requests);
        await notifier.FlushAsync();

        var batch = Assert.Single(harness.Edge.Requests);
        Assert.Equal("s-1", batch.Query["sessionId"]);
        Assert.Equal(first.TntId, batch.Json["id"]!["tntId"]!.GetValue<string>());
        var notifications = batch.Json["notifications"]!.AsArray();
        Assert.Equal(2, notifications.Count);
        Assert.All(notifications, n =>
        {
            Assert.Equal("display", n!["type"]!.GetValue<string>());
            Assert.Equal("mbox-magician", n["mbox"]!["name"]!.GetValue<string>());
            Assert.Single(n["tokens"]!.AsArray());
        });
        Assert.Null(batch.Json["execute"]);
        Assert.Equal(first.Request!.ExperienceCloud!.Analytics!.SupplementalDataId, batch.Json["experienceCloud"]!["analytics"]!["supplementalDataId"]!.GetValue<string>());
        Assert.Equal(first.TntId, second.TntId);
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceRequestCarryingNotifications_QueuesThemWithTheDisplays()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");
        var request = OnDeviceArtifacts.Execute("mbox-magician");
        request.Notifications =
        [
            new Notification { Id = "carried-1", Type = MetricType.Click, Timestamp = 1, Tokens = ["click-token"], Mbox = new NotificationMbox { Name = "mbox-magician" } },
        ];

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = request });
        await harness.Services.GetRequiredService<ITargetNotifier>().FlushAsync();

        var notifications = Assert.Single(harness.Edge.Requests).Json["notifications"]!.AsArray();
        Assert.Equal(2, notifications.Count);
        Assert.Equal("carried-1", notifications[0]!["id"]!.GetValue<string>());
        Assert.Equal("display", notifications[1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetOffersAsync_OnDevicePrefetch_QueuesNoNotification()
    {
        await using var harness = await ClientHarness.StartAsync(o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.OnDevice.Telemetry = false;
        });
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Prefetch("mbox-magician") });
        await harness.Services.GetRequiredService<ITargetNotifier>().FlushAsync();

        Assert.NotNull(Assert.Single(response.Response!.Prefetch!.Mboxes!).Options![0].EventToken);
        Assert.Empty(harness.Edge.Requests);
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceDecisions_TelemetryRidesOnTheNextEdgeCallThenIsCleared()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");
        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Prefetch("mbox-magician") });
        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Prefetch("mbox-magician", "mbox-magician") });
        var ownTelemetry = new TelemetryEntry { RequestId = "caller's own" };
        var request = OnDeviceArtifacts.Execute("mbox-magician");
        request.Telemetry = new Telemetry { Entries = [ownTelemetry] };

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = request, DecisioningMethod = TargetDecisioningMethod.ServerSide });
        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("x"), DecisioningMethod = TargetDecisioningMethod.ServerSide });

        var carried = harness.Edge.Requests[0].Json["telemetry"]!["entries"]!.AsArray();
        Assert.Equal(3, carried.Count);
        Assert.Equal("caller's own", carried[0]!["requestId"]!.GetValue<string>());
        Assert.All(carried.Skip(1), e =>
        {
            Assert.Equal("local", e!["mode"]!.GetValue<string>());
            Assert.Equal("on-device", e["features"]!["decisioningMethod"]!.GetValue<string>());
        });
        Assert.Equal(2, carried[2]!["features"]!["prefetchMboxCount"]!.GetValue<int>());
        Assert.Null(harness.Edge.Requests[1].Json["telemetry"]);
        Assert.Equal([ownTelemetry], request.Telemetry.Entries);
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceTelemetryOff_SendsNoTelemetry()
    {
        await using var harness = await ClientHarness.StartAsync(o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.OnDevice.Telemetry = false;
        });
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");
        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });

        await harness.Services.GetRequiredService<ITargetNotifier>().FlushAsync();

        var batch = Assert.Single(harness.Edge.Requests);
        Assert.NotNull(batch.Json["notifications"]);
        Assert.Null(batch.Json["telemetry"]);
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceWithARunningHost_WorkerDeliversTheDisplaysWithTelemetry()
    {
        await using var harness = await NotifierHarness.StartAsync(o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.Notifications.BatchWindow = TimeSpan.Zero;
        });
        OnDeviceArtifacts.Publish(harness.Host.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });
        await harness.Notifier.FlushAsync();

        var batch = Assert.Single(harness.NotificationRequests);
        Assert.Equal(response.TntId, batch.Json["id"]!["tntId"]!.GetValue<string>());
        Assert.Single(batch.Json["notifications"]!.AsArray());
        Assert.Equal("local", batch.Json["telemetry"]!["entries"]![0]!["mode"]!.GetValue<string>());
        Assert.Equal(1, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
    }
}
