using System.Text.Json;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>OnDevice: decided on this server, never on the edge; before an artifact is loaded, a typed failure.</summary>
public class OnDeviceRoutingTests
{
    [Fact]
    public async Task GetOffersAsync_OnDevice_DecidesWithoutAnEdgeCall()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });

        Assert.Empty(harness.Edge.Requests);
        Assert.Equal(DecisioningMethod.OnDevice, response.Meta.DecisioningMethod);
        Assert.Equal(200, response.Response!.Status);
        var mbox = Assert.Single(response.Response.Execute!.Mboxes!);
        Assert.Equal("mbox-magician", mbox.Name);
        var option = Assert.Single(mbox.Options!);
        Assert.True(option.Content!.Value.TryGetProperty("doMagic", out _));
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceBeforeAnArtifact_ThrowsArtifactUnavailableAndSendsNothing()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);

        var failure = await Assert.ThrowsAsync<TargetArtifactUnavailableException>(
            () => harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") }));

        Assert.True(failure.IsTransient);
        Assert.Equal("https://assets.adobetarget.com/acme/production/v1/rules.json", failure.Location);
        Assert.Empty(harness.Edge.Requests);
        Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1501);
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceBeforeAnArtifactRepeatedly_LogsOncePerInterval()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);

        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<TargetArtifactUnavailableException>(
                () => harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") }));
        }

        harness.Time.Advance(TimeSpan.FromSeconds(11));
        await Assert.ThrowsAsync<TargetArtifactUnavailableException>(
            () => harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") }));

        var logged = harness.Logs.GetSnapshot().Where(r => r.Id.Id == 1501).ToList();
        Assert.Equal(2, logged.Count);
        Assert.Contains("4 similar failures", logged[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceWithRemoteMbox_Answers206WithRemoteMboxesAndNoEdgeCall()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_FEATURE_FLAG");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-feature-flags", "remote-only-mbox-a"),
        });

        Assert.Empty(harness.Edge.Requests);
        Assert.Equal(206, response.Response!.Status);
        var remote = response.Response.AdditionalProperties!["remoteMboxes"];
        Assert.Equal(["remote-only-mbox-a"], remote.EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Array, response.Response.AdditionalProperties["remoteViews"].ValueKind);
        Assert.Equal(0, response.Response.AdditionalProperties["remoteViews"].GetArrayLength());
    }

    [Fact]
    public async Task GetOffersAsync_ServerSideConfiguredOnDeviceForTheCall_DecidesLocally()
    {
        await using var harness = await ClientHarness.StartAsync();
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var local = await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            DecisioningMethod = TargetDecisioningMethod.OnDevice,
        });
        var edge = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });

        Assert.Equal(DecisioningMethod.OnDevice, local.Meta.DecisioningMethod);
        Assert.Equal(DecisioningMethod.ServerSide, edge.Meta.DecisioningMethod);
        Assert.Single(harness.Edge.Requests);
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceConfiguredServerSideForTheCall_GoesToTheEdge()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            DecisioningMethod = TargetDecisioningMethod.ServerSide,
        });

        Assert.Equal(DecisioningMethod.ServerSide, response.Meta.DecisioningMethod);
        var sent = Assert.Single(harness.Edge.Requests);
        Assert.Equal("mbox-magician", sent.Json["execute"]!["mboxes"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetOffersAsync_UndefinedDecisioningMethod_ThrowsArgumentExceptionAndSendsNothing()
    {
        await using var harness = await ClientHarness.StartAsync();

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            DecisioningMethod = (TargetDecisioningMethod)7,
        }));

        Assert.Contains("DecisioningMethod", failure.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Edge.Requests);
    }

    [Fact]
    public async Task SendNotificationsAsync_OnDevice_GoesToTheEdge()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");
        var request = new DeliveryRequest
        {
            Notifications =
            [
                new Notification { Id = "n1", Type = MetricType.Display, Timestamp = 1, Tokens = ["t"], Mbox = new NotificationMbox { Name = "mbox-magician" } },
            ],
        };

        var response = await harness.Client.SendNotificationsAsync(new TargetDeliveryOptions { Request = request });

        Assert.Equal(DecisioningMethod.ServerSide, response.Meta.DecisioningMethod);
        Assert.Equal("n1", Assert.Single(harness.Edge.Requests).Json["notifications"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetAttributesAsync_OnDeviceFeatureFlag_ReadsFlagsWithoutANetworkCall()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_FEATURE_FLAG");

        var attributes = await harness.Client.GetAttributesAsync(["mbox-feature-flags"], new TargetDeliveryOptions { Request = new DeliveryRequest() });

        Assert.Empty(harness.Edge.Requests);
        Assert.Equal(DecisioningMethod.OnDevice, attributes.Response.Meta.DecisioningMethod);
        Assert.Contains(attributes.GetValue<string>("mbox-feature-flags", "paymentExperience"), new[] { "legacy", "alpha10" });
        Assert.True(attributes.GetValue<double>("mbox-feature-flags", "paymentGatewayVersion") is 2.3 or 3.1);
    }
}
