using System.Globalization;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.AspNetCore.Tests.Notifications;

/// <summary>
/// What a 400 costs: one bad token is isolated so the valid notifications still go, and a request the edge refuses
/// whatever it carries (a wrong property token) is given up after a few calls instead of 2n − 1 (issue 9, item 6).
/// Inline mode sends the batch of 100 at once, so the calls counted are exactly the sender's.
/// </summary>
public class NotificationRejectionTests
{
    private const string BadToken = "bad-token";

    private static Notification Display(int index, string token = "t") =>
        new() { Id = $"n{index:D3}", Type = MetricType.Display, Timestamp = 1, Tokens = [token], Mbox = new NotificationMbox { Name = "m", State = "s" } };

    private static TargetDeliveryOptions Visitor() =>
        new() { SessionId = "session-1", Request = new DeliveryRequest { Id = new VisitorId { TntId = "tnt-1.28_0" } } };

    private static Func<RecordedRequest, HttpContext, Task> RejectBadTokens() =>
        (request, context) => request.Body.Contains(BadToken, StringComparison.Ordinal)
            ? StubEdge.Status(400, """{"status":400,"message":"Notification token is invalid"}""")(request, context)
            : StubEdge.RespondDefaultAsync(request, context);

    private static IEnumerable<string> Delivered(NotifierHarness harness) =>
        harness.NotificationRequests.Where(r => !r.Body.Contains(BadToken, StringComparison.Ordinal))
            .SelectMany(r => r.Json["notifications"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));

    [Fact]
    public async Task WholeBatchRejected_HundredNotificationsCostAtMostTenCallsAndAllCountRejected()
    {
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.Inline = true);
        harness.Edge.Respond = StubEdge.Status(400, """{"status":400,"message":"Invalid property token"}""");

        var error = await Assert.ThrowsAsync<TargetNotificationException>(async () =>
            await harness.Notifier.NotifyAsync(Enumerable.Range(0, 100).Select(i => Display(i)), Visitor()));

        Assert.InRange(harness.NotificationRequests.Count, 1, 10); // was 199: bisection down to every single one
        Assert.Equal(100, error.NotificationIds.Distinct().Count());
        Assert.Equal("Invalid property token", Assert.IsType<TargetEdgeException>(error.InnerException).EdgeMessage);
        Assert.Equal(100, harness.Count(AdobeTargetDiagnostics.NotificationsFailed, "rejected"));
        Assert.Equal(100, harness.Count(AdobeTargetDiagnostics.NotificationsFailed));
        Assert.Equal(0, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
        Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1202);
        Assert.All(
            harness.Logs.GetSnapshot().Where(r => r.Id.Id == 1208),
            r => Assert.Contains("Invalid property token", r.Message, StringComparison.Ordinal));
        Assert.Equal(100, harness.Logs.GetSnapshot().Where(r => r.Id.Id == 1208).Sum(r => int.Parse(r.GetStructuredStateValue("Count")!, CultureInfo.InvariantCulture)));
    }

    // One bad token in 100 costs 8 to 14 calls depending on where it sits (14 only at index 1, 10.9 on average);
    // these positions (first, inside, last) pin what the issue asks.
    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    [InlineData(99)]
    public async Task OneBadTokenInHundred_NinetyNineAreDeliveredInAtMostThirteenCalls(int bad)
    {
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.Inline = true);
        harness.Edge.Respond = RejectBadTokens();
        var notifications = Enumerable.Range(0, 100).Select(i => i == bad ? Display(i, BadToken) : Display(i)).ToList();

        var error = await Assert.ThrowsAsync<TargetNotificationException>(async () => await harness.Notifier.NotifyAsync(notifications, Visitor()));

        Assert.Equal([$"n{bad:D3}"], error.NotificationIds);
        Assert.Equal(notifications.Select(n => n.Id!).Where(id => id != $"n{bad:D3}").Order(), Delivered(harness).Order());
        Assert.InRange(harness.NotificationRequests.Count, 2, 13);
        Assert.Equal(99, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
        Assert.Equal(1, harness.Count(AdobeTargetDiagnostics.NotificationsFailed, "rejected"));
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Id.Id == 1208);
    }

    [Fact]
    public async Task TwoBadTokensInDifferentHalves_AreNotTakenForAWholeRejection()
    {
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.Inline = true);
        harness.Edge.Respond = RejectBadTokens();
        var notifications = Enumerable.Range(0, 100).Select(i => i is 10 or 80 ? Display(i, BadToken) : Display(i)).ToList();

        var error = await Assert.ThrowsAsync<TargetNotificationException>(async () => await harness.Notifier.NotifyAsync(notifications, Visitor()));

        Assert.Equal(["n010", "n080"], error.NotificationIds.Order());
        Assert.Equal(98, Delivered(harness).Distinct().Count());
        Assert.Equal(98, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Id.Id == 1208);
    }

    [Fact]
    public async Task WholeBatchRejectedInTheBackground_IsGivenUpAndCountedRejected()
    {
        // The window gathers the 100, queued in one call, into one batch.
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.BatchWindow = TimeSpan.FromMilliseconds(200));
        harness.Edge.Respond = StubEdge.Status(400, """{"status":400,"message":"Invalid property token"}""");

        await harness.Notifier.NotifyAsync(Enumerable.Range(0, 100).Select(i => Display(i)), Visitor());
        await harness.Notifier.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.InRange(harness.NotificationRequests.Count, 1, 10);
        Assert.Equal(100, harness.Count(AdobeTargetDiagnostics.NotificationsFailed, "rejected"));
        Assert.Equal(0, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
    }
}
