using System.Collections.Concurrent;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.AspNetCore.Tests.Notifications;

/// <summary>The delivery guarantees: nothing is lost on shutdown, transient failures are retried, bad tokens are isolated.</summary>
public class NotificationDeliveryTests
{
    private static Notification Display(string id, string token = "t") =>
        new() { Id = id, Type = MetricType.Display, Timestamp = 1, Tokens = [token], Mbox = new NotificationMbox { Name = "m", State = "s" } };

    private static TargetDeliveryOptions Visitor(int visitor) =>
        new() { SessionId = $"session-{visitor:D3}", Request = new DeliveryRequest { Id = new VisitorId { TntId = $"tnt-{visitor:D3}.28_0" } } };

    [Fact]
    public async Task TenThousandQueuedThenHostStopped_EveryIdIsReceived()
    {
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.ShutdownTimeout = TimeSpan.FromSeconds(20));
        var expected = new List<string>();
        for (var visitor = 0; visitor < 100; visitor++)
        {
            var ids = Enumerable.Range(0, 100).Select(i => $"v{visitor:D3}-n{i:D3}").ToList();
            expected.AddRange(ids);
            await harness.Notifier.NotifyAsync(ids.Select(id => Display(id)), Visitor(visitor));
        }

        await harness.StopAsync();

        Assert.Equal(expected.Order(), harness.NotifiedIds.Order());
        Assert.Equal(10_000, harness.Count(AdobeTargetDiagnostics.NotificationsQueued));
        Assert.Equal(10_000, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
        Assert.Equal(0, harness.Count(AdobeTargetDiagnostics.NotificationsDropped));
        foreach (var request in harness.NotificationRequests)
        {
            // One visitor per Delivery call, at most MaxBatchSize notifications.
            var visitor = request.Query["sessionId"]["session-".Length..];
            var notifications = request.Json["notifications"]!.AsArray();
            Assert.InRange(notifications.Count, 1, 100);
            Assert.All(notifications, n => Assert.StartsWith($"v{visitor}-", n!["id"]!.GetValue<string>(), StringComparison.Ordinal));
            Assert.Equal($"tnt-{visitor}.28_0", request.Json["id"]!["tntId"]!.GetValue<string>());
        }

        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task EdgeRejectsOneBadToken_TheGoodNotificationsOfTheBatchStillGo()
    {
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.BatchWindow = TimeSpan.FromMilliseconds(50));
        harness.Edge.Respond = (request, context) => request.Body.Contains("bad-token", StringComparison.Ordinal)
            ? StubEdge.Status(400, """{"status":400,"message":"Notification token is invalid: bad-token"}""")(request, context)
            : StubEdge.RespondDefaultAsync(request, context);

        await harness.Notifier.NotifyAsync([Display("g1"), Display("g2"), Display("bad", "bad-token"), Display("g3"), Display("g4")], Visitor(1));
        await harness.Notifier.FlushAsync();

        Assert.Equal(5, harness.Edge.Requests[0].Json["notifications"]!.AsArray().Count); // sent together first
        var delivered = harness.NotificationRequests.Where(r => !r.Body.Contains("bad-token", StringComparison.Ordinal)).SelectMany(r => r.Json["notifications"]!.AsArray()).Select(n => n!["id"]!.GetValue<string>());
        Assert.Equal(["g1", "g2", "g3", "g4"], delivered.Order());
        Assert.Equal(4, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
        Assert.Equal(1, harness.Count(AdobeTargetDiagnostics.NotificationsFailed, "rejected"));
        Assert.Equal(0, harness.Count(AdobeTargetDiagnostics.NotificationsRetried));
        var rejection = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1202);
        Assert.Contains("Notification token is invalid: bad-token", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueueFull_DropsAreCountedAndLoggedOnceWithoutBlocking()
    {
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.QueueCapacity = 10, start: false);

        for (var i = 0; i < 100; i++)
        {
            var notify = harness.Notifier.NotifyAsync([Display($"n{i}")], Visitor(1));
            Assert.True(notify.IsCompletedSuccessfully);
        }

        Assert.Equal(10, harness.Count(AdobeTargetDiagnostics.NotificationsQueued));
        Assert.Equal(90, harness.Count(AdobeTargetDiagnostics.NotificationsDropped, "queue_full"));
        var log = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1201);
        Assert.Contains("queue is full", log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotificationNotAcknowledged_CountsAsNotDelivered()
    {
        await using var harness = await NotifierHarness.StartAsync();
        harness.Edge.Respond = StubEdge.Status(200, """{"status":200,"notifications":[{"id":"n1"}]}""");

        await harness.Notifier.NotifyAsync([Display("n1"), Display("n2")], Visitor(1));
        await harness.Notifier.FlushAsync();

        Assert.Equal(1, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
        Assert.Equal(1, harness.Count(AdobeTargetDiagnostics.NotificationsFailed, "not_acknowledged"));
        Assert.Contains("1 of 2", Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1204).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShutdownWhileTheEdgeHangs_EndsInTimeAndLogsWhatWasLost()
    {
        // Time is fake: the 300 ms drain limit passes when the test advances it, long before the call's 60 s timeout.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await NotifierHarness.StartOnFakeTimeAsync(time, o =>
        {
            o.Timeout = TimeSpan.FromSeconds(60);
            o.Notifications.ShutdownTimeout = TimeSpan.FromMilliseconds(300);
            o.Notifications.MaxConcurrency = 1;
        });
        var never = new TaskCompletionSource();
        harness.Edge.Respond = (_, context) => never.Task.WaitAsync(context.RequestAborted);
        await harness.Notifier.NotifyAsync([Display("a1")], Visitor(1));
        await harness.Edge.WaitForRequestsAsync(); // a1 is in flight
        await harness.Notifier.NotifyAsync([Display("b1"), Display("b2")], Visitor(2));

        var before = time.GetUtcNow();
        var stop = harness.StopAsync();
        Assert.False(stop.IsCompleted); // the drain waits for the edge while its time lasts
        await NotifierHarness.AdvanceUntilAsync(time, stop, TimeSpan.FromMilliseconds(10));

        Assert.InRange(time.GetUtcNow() - before, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(59)); // ended by the drain limit, not the call's timeout
        var lost = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1205);
        Assert.Contains("3 Adobe Target notifications", lost.Message, StringComparison.Ordinal);
        Assert.Equal(3, harness.Count(AdobeTargetDiagnostics.NotificationsFailed, "shutdown"));
        await harness.Notifier.NotifyAsync([Display("late")], Visitor(3));
        Assert.Equal(1, harness.Count(AdobeTargetDiagnostics.NotificationsDropped, "stopped"));
    }

    [Fact]
    public async Task PageThatNotifies_ReturnsBeforeTheEdgeAnswers()
    {
        await using var app = await TargetTestApp.StartAsync();
        var gate = new TaskCompletionSource();
        var notifications = new ConcurrentQueue<RecordedRequest>();
        app.Edge.Respond = async (request, context) =>
        {
            if (request.Json["notifications"] is not null)
            {
                notifications.Enqueue(request);
                await gate.Task.WaitAsync(context.RequestAborted); // the edge holds every notification
            }

            await StubEdge.RespondDefaultAsync(request, context);
        };

        var page = await app.GetAsync("/display");
        Assert.Equal(200, page.Status);
        await app.Edge.WaitForRequestsAsync(2); // the prefetch, then the notification the edge now holds

        Assert.False(gate.Task.IsCompleted); // the page was served while the edge had answered no notification
        gate.SetResult();
        await app.App.Services.GetRequiredService<ITargetNotifier>().FlushAsync();
        var sent = Assert.Single(notifications);
        Assert.Equal(2, sent.Json["notifications"]!.AsArray().Count);
        Assert.Equal(page.Visitor.SessionId, sent.Query["sessionId"]);
    }

    [Fact]
    public async Task ClickInALaterRequest_GoesWithThatRequestsVisitor()
    {
        await using var app = await TargetTestApp.StartAsync();
        var cookie = Requests.Cookie(app.Time.GetUtcNow(), "clicking-session", "clicking-tnt.31_0");

        var page = await app.GetAsync("/click?mbox=home&token=click-token", ("mbox", cookie));
        await app.App.Services.GetRequiredService<ITargetNotifier>().FlushAsync();

        Assert.Equal("clicked", page.Body);
        Assert.Empty(page.SetCookies);
        var sent = Assert.Single(app.Edge.Requests);
        Assert.Equal("clicking-session", sent.Query["sessionId"]);
        Assert.Equal("mboxedge31.tt.omtrdc.net", sent.Host);
        Assert.Equal("clicking-tnt.31_0", sent.Json["id"]!["tntId"]!.GetValue<string>());
        var notification = sent.Json["notifications"]![0]!;
        Assert.Equal("click", notification["type"]!.GetValue<string>());
        Assert.Equal("""{"name":"home"}""", notification["mbox"]!.ToJsonString());
        Assert.Equal("""["click-token"]""", notification["tokens"]!.ToJsonString());
    }

    [Fact]
    public async Task ShutdownDrainTime_NeverExceedsMostOfTheHostsShutdownTimeout()
    {
        await using var harness = await NotifierHarness.StartAsync(o => o.Notifications.ShutdownTimeout = TimeSpan.FromMinutes(5), start: false);

        var worker = harness.Host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<AdobeTarget.Internal.TargetNotificationWorker>().Single();

        Assert.Equal(TimeSpan.FromSeconds(24), worker.DrainTime()); // 80% of the default 30 s
    }
}
