using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;

namespace AdobeTarget.AspNetCore.Tests.Delivery;

public class SendNotificationsTests
{
    private static Notification Display(string id) => new()
    {
        Id = id,
        Type = MetricType.Display,
        Timestamp = 1_700_000_000_000,
        Mbox = new NotificationMbox { Name = "product1", State = "state-product1" },
        Tokens = ["token-product1"],
    };

    [Fact]
    public async Task SendNotificationsAsync_SeedNotification_PostsItWithTheVisitorsIds()
    {
        await using var harness = await ClientHarness.StartAsync();
        var cookie = Requests.Cookie(harness.Time.GetUtcNow(), "page-session", "t.21_27");

        var response = await harness.Client.SendNotificationsAsync(new TargetDeliveryOptions
        {
            Request = new DeliveryRequest { Notifications = [Display("n1")] },
            TargetCookie = cookie,
        });

        var request = Assert.Single(harness.Edge.Requests);
        Assert.Equal("page-session", request.Query["sessionId"]);
        Assert.Equal("t.21_27", request.Json["id"]!["tntId"]!.GetValue<string>());
        var notification = request.Json["notifications"]![0]!;
        Assert.Equal("display", notification["type"]!.GetValue<string>());
        Assert.Equal(1_700_000_000_000, notification["timestamp"]!.GetValue<long>());
        Assert.Equal("product1", notification["mbox"]!["name"]!.GetValue<string>());
        Assert.Equal("state-product1", notification["mbox"]!["state"]!.GetValue<string>());
        Assert.Equal("token-product1", notification["tokens"]![0]!.GetValue<string>());
        Assert.Equal("n1", Assert.Single(response.Response!.Notifications!).Id);
    }

    [Theory]
    [InlineData(null, "display", 1L, "lacks id")]
    [InlineData("n", null, 1L, "lacks type")]
    [InlineData("n", "display", null, "lacks timestamp")]
    [InlineData(null, null, null, "lacks id, type, timestamp")]
    public async Task SendNotificationsAsync_IncompleteNotification_SaysWhichFieldIsMissing(string? id, string? type, long? timestamp, string expected)
    {
        await using var harness = await ClientHarness.StartAsync();
        var incomplete = new Notification { Id = id, Type = type is null ? null : new MetricType(type), Timestamp = timestamp };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SendNotificationsAsync(new TargetDeliveryOptions
        {
            Request = new DeliveryRequest { Notifications = [Display("ok"), incomplete] },
        }));

        Assert.Contains($"Notification 1", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Edge.Requests);
    }

    [Fact]
    public async Task SendNotificationsAsync_NoNotifications_Throws()
    {
        await using var harness = await ClientHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SendNotificationsAsync(new TargetDeliveryOptions { Request = new DeliveryRequest() }));

        Assert.Contains("at least one notification", error.Message, StringComparison.Ordinal);
    }
}
