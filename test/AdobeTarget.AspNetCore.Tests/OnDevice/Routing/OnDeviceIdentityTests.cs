using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>Cookies, session, tntId, customer ids and property token are handled for local decisions as for edge ones.</summary>
public class OnDeviceIdentityTests
{
    [Fact]
    public async Task GetOffersAsync_NewVisitorOnDevice_MintsATntIdWithTheLocationHintIntoTheCookie()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            TargetLocationHint = "31",
            SessionId = "session-1",
        });

        Assert.Matches("^[0-9a-f]{32}\\.31_0$", response.TntId);
        Assert.Equal(response.TntId, response.Response!.Id!.TntId);
        Assert.Equal("31", response.LocationHint);
        Assert.Contains($"PC#{response.TntId}#", response.TargetCookie.Value, StringComparison.Ordinal);
        Assert.Contains("session#session-1#", response.TargetCookie.Value, StringComparison.Ordinal);
        Assert.Equal("31", response.TargetLocationHintCookie!.Value);
        Assert.Equal("session-1", response.SessionId);
    }

    [Fact]
    public async Task GetOffersAsync_NewVisitorsOnDevice_GetTheClusterTheEdgeNamedOnceOneAnswered()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var beforeAnyAnswer = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });
        await harness.Client.GetOffersAsync(new TargetDeliveryOptions // an edge answer naming mboxedge28
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            DecisioningMethod = TargetDecisioningMethod.ServerSide,
        });
        var afterAnAnswer = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });

        Assert.Matches("^[0-9a-f]{32}$", beforeAnyAnswer.TntId);
        Assert.Null(beforeAnyAnswer.TargetLocationHintCookie);
        Assert.Matches("^[0-9a-f]{32}\\.28_0$", afterAnAnswer.TntId);
        Assert.Equal("28", afterAnAnswer.LocationHint);
        Assert.Equal("28", afterAnAnswer.TargetLocationHintCookie!.Value);
    }

    [Fact]
    public async Task GetOffersAsync_ReturningVisitorMovingBetweenModes_KeepsTheirTntId()
    {
        await using var harness = await ClientHarness.StartAsync();
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var first = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = OnDeviceArtifacts.Execute("mbox-magician") });
        var second = await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            TargetCookie = first.TargetCookie.Value,
            DecisioningMethod = TargetDecisioningMethod.OnDevice,
        });
        var third = await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            TargetCookie = second.TargetCookie.Value,
        });

        Assert.NotNull(first.TntId);
        Assert.Equal(DecisioningMethod.OnDevice, second.Meta.DecisioningMethod);
        Assert.Equal(first.TntId, second.TntId);
        Assert.Equal(first.TntId, second.Response!.Id!.TntId);
        Assert.Equal(first.SessionId, second.SessionId);
        Assert.Equal(first.TntId, third.TntId);
        Assert.Equal(2, harness.Edge.Requests.Count);
        Assert.Equal(first.TntId, harness.Edge.Requests[1].Json["id"]!["tntId"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceWithAuthenticatedCustomerId_ReachesTheEngineAndMintsNoTntId()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_AB_SIMPLE");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = OnDeviceArtifacts.Execute("mbox-magician"),
            CustomerIds = [new CustomerId { Id = "c-42", IntegrationCode = "crm", AuthenticatedState = AuthenticatedState.Authenticated }],
            ConsumerId = "consumer-1",
        });

        var customer = Assert.Single(response.Response!.Id!.CustomerIds!);
        Assert.Equal("c-42", customer.Id);
        Assert.Null(response.TntId);
        Assert.NotNull(response.Request!.ExperienceCloud!.Analytics!.SupplementalDataId);
    }

    [Theory]
    [InlineData("f12c912a-792f-6c01-4977-65d39558c82e", "fruit")]
    [InlineData("8ce2d3e9-b299-c0ea-2e0c-2e21255db6bb", "vegetable")]
    public async Task GetOffersAsync_OnDeviceWithConfiguredPropertyToken_DecidesThatPropertysRules(string token, string key)
    {
        await using var harness = await ClientHarness.StartAsync(o =>
        {
            o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            o.PropertyToken = token;
        });
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_PROPERTIES");
        var request = OnDeviceArtifacts.Prefetch();
        request.Prefetch = new PrefetchRequest { PageLoad = new RequestDetails() };

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = request });

        var options = response.Response!.Prefetch!.PageLoad!.Options!;
        Assert.Equal(2, options.Count);
        Assert.True(options[1].Content!.Value.TryGetProperty(key, out _));
    }

    [Fact]
    public async Task GetOffersAsync_OnDeviceWithoutPropertyToken_DecidesOnlyUnrestrictedRules()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_PROPERTIES");
        var request = OnDeviceArtifacts.Prefetch();
        request.Prefetch = new PrefetchRequest { PageLoad = new RequestDetails() };

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = request });

        var option = Assert.Single(response.Response!.Prefetch!.PageLoad!.Options!);
        Assert.Equal("<div>Chrometastic</div>", option.Content!.Value.GetString());
    }
}
