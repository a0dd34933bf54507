using System.Text.Json.Nodes;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.AspNetCore.Tests.Delivery;

/// <summary>What the caller gets back: the response, the cookies and the details gathered from it.</summary>
public class TargetClientResponseTests
{
    private static long Seconds(ClientHarness harness, int offset) => harness.Time.GetUtcNow().ToUnixTimeSeconds() + offset;

    [Fact]
    public async Task GetOffersAsync_FirstVisit_ReturnsCookiesWithTheNewSessionAndTheEdgesTntId()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = Json("""{"status":200,"id":{"tntId":"08210e2d751a44779b8313e2d2692b96.21_27"},"edgeHost":"mboxedge21.tt.omtrdc.net"}""");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") });

        var sessionId = Assert.Single(harness.Edge.Requests).Query["sessionId"];
        Assert.Equal(sessionId, response.SessionId);
        Assert.Equal("08210e2d751a44779b8313e2d2692b96.21_27", response.TntId);
        Assert.Equal(
            new TargetCookie("mbox", $"session#{sessionId}#{Seconds(harness, 1860)}|PC#08210e2d751a44779b8313e2d2692b96.21_27#{Seconds(harness, 63244800)}", 63244800),
            response.TargetCookie);
        Assert.Equal(new TargetCookie("mboxEdgeCluster", "21", 1860), response.TargetLocationHintCookie);
        Assert.Equal("21", response.LocationHint);
        Assert.Equal(DecisioningMethod.ServerSide, response.Meta.DecisioningMethod);
    }

    [Fact]
    public async Task GetOffersAsync_TntIdWithoutHint_TakesTheHintFromTheRequest()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = Json("""{"status":200,"id":{"tntId":"plain-tnt-id"},"edgeHost":"mboxedge35.tt.omtrdc.net"}""");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), TargetLocationHint = "17" });

        Assert.Equal("17", response.TargetLocationHintCookie!.Value);
    }

    [Fact]
    public async Task GetOffersAsync_NoHintAnywhereElse_TakesItFromTheEdgeHost()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = Json("""{"status":200,"id":{"tntId":"plain-tnt-id"},"edgeHost":"mboxedge35.tt.omtrdc.net"}""");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") });

        Assert.Equal("35", response.TargetLocationHintCookie!.Value);
    }

    [Fact]
    public async Task GetOffersAsync_NoHintKnown_ReturnsNoHintCookie()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = Json("""{"status":200,"id":{"tntId":"plain-tnt-id"},"edgeHost":"evil.example.com"}""");

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") });

        Assert.Null(response.TargetLocationHintCookie);
        Assert.Null(response.LocationHint);
    }

    [Fact]
    public async Task GetOffersAsync_ReturningVisitor_KeepsTheSessionAndRenewsItsExpiry()
    {
        await using var harness = await ClientHarness.StartAsync();
        var cookie = Requests.Cookie(harness.Time.GetUtcNow(), "kept-session", "kept-tnt.28_0");
        harness.Time.Advance(TimeSpan.FromMinutes(10));

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), TargetCookie = cookie });

        Assert.Equal($"session#kept-session#{Seconds(harness, 1860)}|PC#kept-tnt.28_0#{Seconds(harness, 63244800)}", response.TargetCookie.Value);
    }

    [Fact]
    public async Task GetOffersAsync_ExpiredSession_StartsANewOne()
    {
        await using var harness = await ClientHarness.StartAsync();
        var cookie = Requests.Cookie(harness.Time.GetUtcNow(), "old-session", "kept-tnt.28_0"); // session lives 1000 s here
        harness.Time.Advance(TimeSpan.FromSeconds(1001));

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), TargetCookie = cookie });

        var request = Assert.Single(harness.Edge.Requests);
        Assert.NotEqual("old-session", request.Query["sessionId"]);
        Assert.Equal("kept-tnt.28_0", request.Json["id"]!["tntId"]!.GetValue<string>());
        Assert.Equal(response.SessionId, request.Query["sessionId"]);
    }

    [Fact]
    public async Task GetOffersAsync_ResponseDetails_AreGatheredFromEveryItem()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = Json("""
            {"status":200,"id":{"tntId":"t.28_0"},
             "execute":{"pageLoad":{"options":[{"type":"html","content":"p","responseTokens":{"activity.id":1}}],"analytics":{"payload":{"pe":"tnt","tnta":"a"}},"trace":{"k":"pageLoad"}},
                        "mboxes":[{"index":0,"name":"m","options":[{"type":"json","content":{"x":1},"responseTokens":{"activity.id":2}}],"analytics":{"payload":{"pe":"tnt","tnta":"b"}}}]},
             "prefetch":{"views":[{"name":"v","options":[{"type":"actions","content":[],"responseTokens":{"activity.id":3}}],"trace":{"k":"view"}}]}}
            """);

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Execute("m") });

        Assert.Equal(["a", "b"], response.AnalyticsDetails.Select(a => a.Payload!.Tnta));
        Assert.Equal(["pageLoad", "view"], response.Trace.Select(t => t["k"].GetString()));
        Assert.Equal([1, 2, 3], response.ResponseTokens.Select(t => t["activity.id"].GetInt32()));
        Assert.Equal(1, response.Response!.Execute!.Mboxes![0].Options![0].Content!.Value.GetProperty("x").GetInt32());
    }

    [Fact]
    public async Task GetOffersAsync_Beacon204_SucceedsWithNoResponseBody()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Edge.Respond = StubEdge.Status(StatusCodes.Status204NoContent);
        var request = Requests.Execute("m") with { Context = new Context { Channel = ChannelType.Web, Beacon = true } };

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = request, TargetCookie = Requests.Cookie(harness.Time.GetUtcNow(), "s1", "t1") });

        Assert.Null(response.Response);
        Assert.Equal("s1", response.SessionId);
        Assert.StartsWith("session#s1#", response.TargetCookie.Value, StringComparison.Ordinal);
        Assert.True(Assert.Single(harness.Edge.Requests).Json["context"]!["beacon"]!.GetValue<bool>());
    }

    internal static Func<RecordedRequest, HttpContext, Task> Json(string body) => StubEdge.Status(200, JsonNode.Parse(body)!.ToJsonString());
}
