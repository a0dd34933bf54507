using System.Text.Json.Nodes;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore.Tests.Notifications;

/// <summary>What the notifier sends, and to whom.</summary>
public class TargetNotifierTests
{
    private static async Task<TargetDeliveryResponse> PrefetchSeedAsync(NotifierHarness harness)
    {
        harness.Edge.Respond = SeedExample.PrefetchThenDefault;
        return await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home", "product1") });
    }

    [Fact]
    public async Task NotifyDisplay_SeedProduct1_SendsTheSeedsNotificationRequest()
    {
        await using var harness = await NotifierHarness.StartAsync();
        var response = await PrefetchSeedAsync(harness);

        await harness.Notifier.NotifyDisplayAsync(response, TargetDisplayed.MboxesNamed("product1"));
        await harness.Notifier.FlushAsync();

        var prefetch = harness.Edge.Requests[0];
        var sent = Assert.Single(harness.NotificationRequests);
        var notification = sent.Json["notifications"]!.AsArray().Single()!.AsObject();
        Assert.Matches("^[0-9a-f]{32}$", notification["id"]!.GetValue<string>());
        Assert.InRange(notification["timestamp"]!.GetValue<long>(), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds(), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.Equal(notification["id"]!.GetValue<string>(), notification["impressionId"]!.GetValue<string>()); // retries count once
        notification.Remove("id");
        notification.Remove("impressionId");
        notification.Remove("timestamp");
        var expected = JsonNode.Parse($$$"""{"type":"display","tokens":["{{{SeedExample.Product1Token}}}"],"mbox":{"name":"product1","state":"{{{SeedExample.Product1State}}}"}}""");
        Assert.True(JsonNode.DeepEquals(expected, notification), notification.ToJsonString());

        // Joined to its prefetch: same visitor, session, edge cluster and supplemental data id.
        Assert.Equal(SeedExample.TntId, sent.Json["id"]!["tntId"]!.GetValue<string>());
        Assert.Equal(prefetch.Query["sessionId"], sent.Query["sessionId"]);
        Assert.Equal("mboxedge21.tt.omtrdc.net", sent.Host);
        Assert.Equal("web", sent.Json["context"]!["channel"]!.GetValue<string>());
        Assert.Equal(
            prefetch.Json["experienceCloud"]!["analytics"]!["supplementalDataId"]!.GetValue<string>(),
            sent.Json["experienceCloud"]!["analytics"]!["supplementalDataId"]!.GetValue<string>());
        Assert.Null(sent.Json["prefetch"]);
    }

    [Fact]
    public async Task NotifyDisplay_WholeResponse_SendsEveryMboxViewAndPageLoadInOneCall()
    {
        await using var harness = await NotifierHarness.StartAsync();
        harness.Edge.Respond = Delivery.TargetClientResponseTests.Json("""
            {"status":200,"id":{"tntId":"t.28_0"},"prefetch":{
              "mboxes":[{"index":0,"name":"a","state":"sa","options":[{"type":"html","content":"x","eventToken":"ta"}]},
                        {"index":1,"name":"empty","state":"se","options":[]}],
              "views":[{"name":"cart","key":"k","state":"sv","options":[{"type":"actions","content":[],"eventToken":"tv1"},{"type":"actions","content":[],"eventToken":"tv2"}]}],
              "pageLoad":{"state":"sp","options":[{"type":"actions","content":[],"eventToken":"tp"}]}}}
            """);
        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("a", "empty") });
        harness.Edge.Respond = StubEdge.RespondDefaultAsync;

        await harness.Notifier.NotifyDisplayAsync(response);
        await harness.Notifier.FlushAsync();

        var notifications = Assert.Single(harness.NotificationRequests).Json["notifications"]!.AsArray();
        Assert.Equal(3, notifications.Count); // "empty" displayed nothing that qualified
        Assert.Equal("""{"name":"a","state":"sa"}""", notifications[0]!["mbox"]!.ToJsonString());
        Assert.Equal("""{"name":"cart","key":"k","state":"sv"}""", notifications[1]!["view"]!.ToJsonString());
        Assert.Equal("""["tv1","tv2"]""", notifications[1]!["tokens"]!.ToJsonString());
        Assert.Equal("""{"state":"sp"}""", notifications[2]!["pageLoad"]!.ToJsonString());
        Assert.Equal(3, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
    }

    [Fact]
    public async Task NotifyClick_OnAMboxOfTheResponse_SendsItsClickMetricTokens()
    {
        await using var harness = await NotifierHarness.StartAsync();
        var response = await PrefetchSeedAsync(harness);

        await harness.Notifier.NotifyClickAsync(response, TargetClick.OnMbox("home"));
        await harness.Notifier.FlushAsync();

        var notification = Assert.Single(harness.NotificationRequests).Json["notifications"]![0]!;
        Assert.Equal("click", notification["type"]!.GetValue<string>());
        Assert.Equal("""{"name":"home"}""", notification["mbox"]!.ToJsonString());
        Assert.Equal($"""["{SeedExample.HomeClickToken}"]""", notification["tokens"]!.ToJsonString());
    }

    [Fact]
    public async Task NotifyClick_WithoutAClickMetric_ThrowsAndQueuesNothing()
    {
        await using var harness = await NotifierHarness.StartAsync();
        var response = await PrefetchSeedAsync(harness);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await harness.Notifier.NotifyClickAsync(response, TargetClick.OnMbox("product1")));

        Assert.Contains("mbox 'product1'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Count(AdobeTargetDiagnostics.NotificationsQueued));
    }

    [Fact]
    public async Task NotifyAsync_ReadyNotifications_GoWithTheVisitorOfTheOptions()
    {
        await using var harness = await NotifierHarness.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var ready = new Notification { Id = "n-1", Type = MetricType.Display, Timestamp = 1, Mbox = new NotificationMbox { Name = "m", State = "s" }, Tokens = ["t"] };

        await harness.Notifier.NotifyAsync([ready], new TargetDeliveryOptions
        {
            TargetCookie = Requests.Cookie(now, "raw-session", "raw-tnt.34_0"),
            CustomerIds = [new CustomerId { Id = "c1", IntegrationCode = "crm", AuthenticatedState = AuthenticatedState.Authenticated }],
        });
        await harness.Notifier.FlushAsync();

        var sent = Assert.Single(harness.NotificationRequests);
        Assert.Equal("raw-session", sent.Query["sessionId"]);
        Assert.Equal("mboxedge34.tt.omtrdc.net", sent.Host);
        Assert.Equal("raw-tnt.34_0", sent.Json["id"]!["tntId"]!.GetValue<string>());
        Assert.Equal("c1", sent.Json["id"]!["customerIds"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(["n-1"], harness.NotifiedIds);
    }

    [Fact]
    public async Task NotifyAsync_IncompleteNotification_SaysWhichFieldIsMissing()
    {
        await using var harness = await NotifierHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(async () =>
            await harness.Notifier.NotifyAsync([new Notification { Id = "x", Type = MetricType.Display }], new TargetDeliveryOptions { SessionId = "s" }));

        Assert.Contains("lacks timestamp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotifyAsync_OutsideARequestWithoutOptions_ThrowsNamingWhatIsMissing()
    {
        await using var harness = await NotifierHarness.StartAsync();
        var ready = new Notification { Id = "x", Type = MetricType.Display, Timestamp = 1 };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await harness.Notifier.NotifyAsync([ready]));

        Assert.Contains("UseAdobeTarget()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotificationsOfTwoVisitors_GoInSeparateCalls()
    {
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.BatchWindow = TimeSpan.FromMilliseconds(50));
        var now = DateTimeOffset.UtcNow;

        foreach (var (visitor, id) in new[] { ("a", "a1"), ("b", "b1"), ("a", "a2"), ("b", "b2") })
        {
            await harness.Notifier.NotifyAsync(
                [new Notification { Id = id, Type = MetricType.Display, Timestamp = 1, Tokens = ["t"], Mbox = new NotificationMbox { Name = "m" } }],
                new TargetDeliveryOptions { TargetCookie = Requests.Cookie(now, $"session-{visitor}", $"tnt-{visitor}") });
        }

        await harness.Notifier.FlushAsync();

        foreach (var request in harness.NotificationRequests)
        {
            var visitor = request.Query["sessionId"][^1..];
            Assert.Equal($"tnt-{visitor}", request.Json["id"]!["tntId"]!.GetValue<string>());
            Assert.All(request.Json["notifications"]!.AsArray(), n => Assert.StartsWith(visitor, n!["id"]!.GetValue<string>(), StringComparison.Ordinal));
        }

        Assert.Equal(["a1", "a2", "b1", "b2"], harness.NotifiedIds.Order());
    }

    [Fact]
    public async Task InlineMode_CompletesOnlyOnceTheEdgeAcknowledged()
    {
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.Inline = true);
        var response = await PrefetchSeedAsync(harness);

        await harness.Notifier.NotifyDisplayAsync(response);

        Assert.Equal(2, harness.NotifiedIds.Count());
        Assert.Equal(0, harness.Count(AdobeTargetDiagnostics.NotificationsQueued));
    }

    [Fact]
    public async Task InlineMode_Rejected_ThrowsWithTheUndeliveredIds()
    {
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.Inline = true);
        var response = await PrefetchSeedAsync(harness);
        harness.Edge.Respond = StubEdge.Status(400, """{"status":400,"message":"Invalid token"}""");

        var error = await Assert.ThrowsAsync<TargetNotificationException>(async () => await harness.Notifier.NotifyDisplayAsync(response));

        Assert.Equal(2, error.NotificationIds.Count);
        Assert.IsType<TargetEdgeException>(error.InnerException);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1202 && r.Level == LogLevel.Warning && r.Message.Contains("Invalid token", StringComparison.Ordinal));
    }
}
