using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;

namespace AdobeTarget.AspNetCore.Tests.Delivery;

/// <summary>What the edge receives: the HTTP request and the completed body.</summary>
public class TargetClientRequestTests
{
    [Fact]
    public async Task GetOffersAsync_SeedPrefetch_PostsTheSeedRequestToTheDeliveryEndpoint()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home", "product1") });

        var request = Assert.Single(harness.Edge.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/rest/v1/delivery", request.Path);
        Assert.Equal("acme.tt.omtrdc.net", request.Host);
        Assert.Equal(ClientHarness.OrganizationId, request.Query["imsOrgId"]);
        Assert.Matches("^[0-9a-f]{32}$", request.Query["sessionId"]);
        Assert.False(request.Query.ContainsKey("version"));
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(request.Body.Length, request.ContentLength);
        var mboxes = request.Json["prefetch"]!["mboxes"]!.AsArray();
        Assert.Equal(["home", "product1"], mboxes.Select(m => m!["name"]!.GetValue<string>()));
        Assert.Equal([0, 1], mboxes.Select(m => m!["index"]!.GetValue<int>()));
    }

    [Fact]
    public async Task GetOffersAsync_BareRequest_IsCompletedAsTheSdksDo()
    {
        await using var harness = await ClientHarness.StartAsync(o =>
        {
            o.PropertyToken = "property-token";
            o.EnvironmentId = 42;
        });

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") });

        var body = Assert.Single(harness.Edge.Requests).Json;
        Assert.Matches("^[0-9a-f]{32}$", body["requestId"]!.GetValue<string>());
        Assert.Equal("web", body["context"]!["channel"]!.GetValue<string>());
        Assert.Equal("property-token", body["property"]!["token"]!.GetValue<string>());
        Assert.Equal(42, body["environmentId"]!.GetValue<long>());
        Assert.Equal("server_side", body["experienceCloud"]!["analytics"]!["logging"]!.GetValue<string>());
        Assert.Matches("^[0-9A-F]{16}-[0-9A-F]{16}$", body["experienceCloud"]!["analytics"]!["supplementalDataId"]!.GetValue<string>());
        Assert.Null(body["id"]); // a new visitor: the edge assigns the tntId
    }

    [Fact]
    public async Task GetOffersAsync_RequestWithItsOwnValues_KeepsThem()
    {
        await using var harness = await ClientHarness.StartAsync(o =>
        {
            o.PropertyToken = "configured";
            o.EnvironmentId = 42;
        });
        var request = Requests.Prefetch("home") with
        {
            RequestId = "my-request",
            Context = new Context { Channel = ChannelType.Mobile, UserAgent = "ua" },
            Property = new Property { Token = "own" },
            EnvironmentId = 7,
            Id = new VisitorId { TntId = "own-tnt.28_0" },
            ExperienceCloud = new ExperienceCloud { Analytics = new AnalyticsRequest { Logging = LoggingType.ClientSide } },
        };

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = request, TargetCookie = Requests.Cookie(harness.Time.GetUtcNow(), tntId: "cookie-tnt.21_0") });

        var body = Assert.Single(harness.Edge.Requests).Json;
        Assert.Equal("my-request", body["requestId"]!.GetValue<string>());
        Assert.Equal("mobile", body["context"]!["channel"]!.GetValue<string>());
        Assert.Equal("ua", body["context"]!["userAgent"]!.GetValue<string>());
        Assert.Equal("own", body["property"]!["token"]!.GetValue<string>());
        Assert.Equal(7, body["environmentId"]!.GetValue<long>());
        Assert.Equal("own-tnt.28_0", body["id"]!["tntId"]!.GetValue<string>());
        Assert.Equal("client_side", body["experienceCloud"]!["analytics"]!["logging"]!.GetValue<string>());
        Assert.Null(body["experienceCloud"]!["analytics"]!["supplementalDataId"]);
    }

    [Fact]
    public async Task GetOffersAsync_ReturningVisitorCookie_SendsItsSessionAndTntId()
    {
        await using var harness = await ClientHarness.StartAsync();
        var cookie = Requests.Cookie(harness.Time.GetUtcNow(), session: "returning-session", tntId: "returning-tnt.28_0");

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), TargetCookie = cookie, SessionId = "ignored-option" });

        var request = Assert.Single(harness.Edge.Requests);
        Assert.Equal("returning-session", request.Query["sessionId"]);
        Assert.Equal("returning-tnt.28_0", request.Json["id"]!["tntId"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetOffersAsync_NoSessionInCookie_UsesTheSessionIdOption()
    {
        await using var harness = await ClientHarness.StartAsync();

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), SessionId = "option-session" });

        Assert.Equal("option-session", Assert.Single(harness.Edge.Requests).Query["sessionId"]);
        Assert.Equal("option-session", response.SessionId);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("has/slash")]
    [InlineData("has?question")]
    [InlineData("")]
    public async Task GetOffersAsync_InvalidSessionIdOption_ThrowsWithoutCallingTheEdge(string sessionId)
    {
        await using var harness = await ClientHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), SessionId = sessionId }));

        Assert.Contains("SessionId", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Edge.Requests);
    }

    [Fact]
    public async Task GetOffersAsync_WithoutRequest_ThrowsArgumentException()
    {
        await using var harness = await ClientHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.GetOffersAsync(new TargetDeliveryOptions()));

        Assert.Contains("Request is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOffersAsync_CustomerIds_AreAppendedToTheRequestsOwn()
    {
        await using var harness = await ClientHarness.StartAsync();
        var request = Requests.Prefetch("home") with
        {
            Id = new VisitorId { CustomerIds = [new CustomerId { Id = "own", IntegrationCode = "crm", AuthenticatedState = AuthenticatedState.Unknown }] },
        };

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = request,
            CustomerIds = [new CustomerId { Id = "added", IntegrationCode = "loyalty", AuthenticatedState = AuthenticatedState.LoggedOut }],
        });

        var ids = Assert.Single(harness.Edge.Requests).Json["id"]!["customerIds"]!.AsArray();
        Assert.Equal(["own", "added"], ids.Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal("logged_out", ids[1]!["authenticatedState"]!.GetValue<string>());
        Assert.Single(request.Id!.CustomerIds!); // the caller's list is untouched
    }

    [Fact]
    public async Task GetOffersAsync_SharedRequestTemplate_IsNeverModified()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.PropertyToken = "p");
        var template = Requests.Prefetch("home");

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = template, TargetCookie = Requests.Cookie(harness.Time.GetUtcNow(), "s", "t1") });
        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = template });

        Assert.Null(template.RequestId);
        Assert.Null(template.Id);
        Assert.Null(template.Context);
        Assert.Null(template.Property);
        Assert.Null(template.ExperienceCloud);
        var second = harness.Edge.Requests[1].Json;
        Assert.Null(second["id"]); // the first visitor's tntId did not leak into the second call
        Assert.NotEqual(harness.Edge.Requests[0].Json["requestId"]!.GetValue<string>(), second["requestId"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetOffersAsync_SameConsumerInOnePageView_SharesTheSupplementalDataId()
    {
        await using var harness = await ClientHarness.StartAsync();
        var pageView = new TargetPageView();

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("a"), PageView = pageView, ConsumerId = "header" });
        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("b"), PageView = pageView, ConsumerId = "header" });
        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("c"), PageView = pageView, ConsumerId = "footer" });
        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("d"), ConsumerId = "header" });

        var ids = harness.Edge.Requests.Select(r => r.Json["experienceCloud"]!["analytics"]!["supplementalDataId"]!.GetValue<string>()).ToList();
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
        Assert.NotEqual(ids[0], ids[3]);
    }

    [Fact]
    public async Task GetOffersAsync_TwoCalls_ReuseOnePooledConnection()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("a") });
        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("b") });

        Assert.Equal(harness.Edge.Requests[0].ConnectionId, harness.Edge.Requests[1].ConnectionId);
    }
}
