using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>What a caller sees when a local decision cannot be made, and how inline notifications behave.</summary>
public class OnDeviceFailureTests
{
    [Fact]
    public async Task GetOffersAsync_EngineThrows_ThrowsTargetDecisioningExceptionAndLogsOnce()
    {
        await using var harness = await ClientHarness.StartAsync(
            o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice,
            b => b.Services.AddSingleton(new OnDeviceDecider(new BrokenClock())));
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");
        var request = OnDeviceArtifacts.Execute("mbox-magician");
        request.RequestId = "req-1\r\nforged";

        var failure = await Assert.ThrowsAsync<TargetDecisioningException>(() => harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = request }));
        await Assert.ThrowsAsync<TargetDecisioningException>(() => harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = request }));

        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.False(failure.IsTransient);
        Assert.Empty(harness.Edge.Requests);
        var log = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1501);
        Assert.Contains("decisioning", log.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceForTheCallWhereNoArtifactIsEverLoaded_SaysItIsNotConfiguredAndNotTransient()
    {
        await using var harness = await ClientHarness.StartAsync(); // ServerSide, no ArtifactLocation or ArtifactPath: no poller

        var failure = await Assert.ThrowsAsync<TargetArtifactUnavailableException>(() => harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            DecisioningMethod = TargetDecisioningMethod.OnDevice,
        }));

        Assert.False(failure.IsTransient);
        Assert.Contains("not configured", failure.Message, StringComparison.Ordinal);
        Assert.Contains("AdobeTarget:OnDevice:ArtifactLocation", failure.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Edge.Requests);
    }

    [Fact]
    public async Task GetOffersAsync_HybridEngineThrows_SendsTheWholeRequestToTheEdge()
    {
        await using var harness = await ClientHarness.StartAsync(
            o => o.DecisioningMethod = TargetDecisioningMethod.Hybrid,
            b => b.Services.AddSingleton(new OnDeviceDecider(new BrokenClock())));
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });

        Assert.Equal(DecisioningMethod.ServerSide, response.Meta.DecisioningMethod);
        var sent = Assert.Single(harness.Edge.Requests);
        Assert.Equal("mbox-magician", sent.Json["execute"]!["mboxes"]![0]!["name"]!.GetValue<string>());
        Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1501);
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceBeforeAnArtifactWithConfiguredLocation_NamesItWithoutTheQuery()
    {
        await using var harness = await ClientHarness.StartAsync(o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.OnDevice.ArtifactLocation = new Uri("https://cdn.example.com/rules.json?signature=secret");
        });

        var failure = await Assert.ThrowsAsync<TargetArtifactUnavailableException>(
            () => harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") }));

        Assert.Equal("https://cdn.example.com/rules.json", failure.Location);
        Assert.DoesNotContain("secret", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceInlineNotifications_SendsThemBeforeReturning()
    {
        await using var harness = await ClientHarness.StartAsync(o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.Notifications.Inline = true;
        });
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });

        var batch = Assert.Single(harness.Edge.Requests);
        Assert.Equal(response.TntId, batch.Json["id"]!["tntId"]!.GetValue<string>());
        Assert.Single(batch.Json["notifications"]!.AsArray());
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceInlineNotificationsRejected_StillReturnsTheDecision()
    {
        await using var harness = await ClientHarness.StartAsync(o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.Notifications.Inline = true;
        });
        harness.Edge.Respond = StubEdge.Status(400, """{"status":400,"message":"bad token"}""");
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });

        Assert.Equal(DecisioningMethod.OnDevice, response.Meta.DecisioningMethod);
        Assert.Single(response.Response!.Execute!.Mboxes!);
        Assert.Single(harness.Edge.Requests);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1504);
    }

    /// <summary>A clock that fails, so the engine throws while deciding.</summary>
    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("clock broken");
    }
}
