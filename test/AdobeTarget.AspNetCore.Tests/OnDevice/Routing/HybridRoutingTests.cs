using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>Hybrid: local when the artifact decides everything asked for, else the whole request on the edge.</summary>
public class HybridRoutingTests
{
    [Fact]
    public async Task GetOffersAsync_HybridAllMboxesLocal_DecidesLocally()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.Hybrid);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_FEATURE_FLAG");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-feature-flags", "mbox-magician") });

        Assert.Empty(harness.Edge.Requests);
        Assert.Equal(DecisioningMethod.OnDevice, response.Meta.DecisioningMethod);
        Assert.Equal(200, response.Response!.Status);
    }

    [Fact]
    public async Task GetOffersAsync_HybridOneMboxRemote_SendsTheWholeRequestToTheEdge()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.Hybrid);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_FEATURE_FLAG");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-feature-flags", "remote-only-mbox-a") });

        Assert.Equal(DecisioningMethod.ServerSide, response.Meta.DecisioningMethod);
        var sent = Assert.Single(harness.Edge.Requests);
        Assert.Equal(["mbox-feature-flags", "remote-only-mbox-a"], sent.Json["execute"]!["mboxes"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()));
        Assert.Equal(2, response.Response!.Execute!.Mboxes!.Count);
    }

    [Fact]
    public async Task GetOffersAsync_HybridMboxUnknownToTheArtifact_GoesToTheEdge()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.Hybrid);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Prefetch("not-in-the-artifact") });

        Assert.Equal(DecisioningMethod.ServerSide, response.Meta.DecisioningMethod);
        Assert.Single(harness.Edge.Requests);
    }

    [Fact]
    public async Task GetOffersAsync_HybridBeforeAnArtifact_GoesToTheEdge()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.Hybrid);

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });

        Assert.Equal(DecisioningMethod.ServerSide, response.Meta.DecisioningMethod);
        Assert.Single(harness.Edge.Requests);
    }

    [Fact]
    public async Task GetOffersAsync_ServerSideConfiguredHybridForTheCall_DecidesLocally()
    {
        await using var harness = await ClientHarness.StartAsync();
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            DecisioningMethod = TargetDecisioningMethod.Hybrid,
        });

        Assert.Equal(DecisioningMethod.OnDevice, response.Meta.DecisioningMethod);
        Assert.Empty(harness.Edge.Requests);
    }
}
