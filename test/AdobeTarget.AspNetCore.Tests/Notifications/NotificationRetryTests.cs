using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.AspNetCore.Tests.Notifications;

/// <summary>Transient failures are retried with backoff, timeouts included, on fake time: exact counts, no real waits.</summary>
public class NotificationRetryTests
{
    private static Notification Display(string id) =>
        new() { Id = id, Type = MetricType.Display, Timestamp = 1, Tokens = ["t"], Mbox = new NotificationMbox { Name = "m", State = "s" } };

    private static TargetDeliveryOptions Visitor(int visitor) =>
        new() { SessionId = $"session-{visitor:D3}", Request = new DeliveryRequest { Id = new VisitorId { TntId = $"tnt-{visitor:D3}.28_0" } } };

    [Fact]
    public async Task EdgeAnswers503TwiceThen200_TheNotificationsAreDelivered()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await NotifierHarness.StartOnFakeTimeAsync(time);
        var calls = 0;
        harness.Edge.Respond = (request, context) => Interlocked.Increment(ref calls) <= 2
            ? StubEdge.Status(503, """{"status":503,"message":"Service Unavailable"}""")(request, context)
            : StubEdge.RespondDefaultAsync(request, context);

        await harness.Notifier.NotifyAsync([Display("n1"), Display("n2")], Visitor(1));
        await NotifierHarness.AdvanceUntilAsync(time, harness.Notifier.FlushAsync(), TimeSpan.FromMilliseconds(1)); // the backoffs (at most 1 ms, then 2 ms)

        Assert.Equal(3, harness.NotificationRequests.Count);
        Assert.Equal(2, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
        Assert.Equal(4, harness.Count(AdobeTargetDiagnostics.NotificationsRetried));
        Assert.Equal(0, harness.Count(AdobeTargetDiagnostics.NotificationsFailed));
        Assert.Equal(2, harness.Logs.GetSnapshot().Count(r => r.Id.Id == 1206));
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task EdgeHangs_TheCallTimesOutIsRetriedAndNoCallerWaits()
    {
        // Time is fake: the 3 s timeout passes only when the test says so, whatever the machine's load.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await NotifierHarness.StartAsync(
            o =>
            {
                o.Timeout = TimeSpan.FromSeconds(3);
                o.Notifications.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
                o.Notifications.BatchWindow = TimeSpan.Zero;
            },
            timeProvider: time);
        var release = new TaskCompletionSource();
        var calls = 0;
        harness.Edge.Respond = async (request, context) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await release.Task.WaitAsync(context.RequestAborted); // hangs until the client gives up
            }

            await StubEdge.RespondDefaultAsync(request, context);
        };

        var notify = harness.Notifier.NotifyAsync([Display("n1")], Visitor(1));

        Assert.True(notify.IsCompletedSuccessfully); // queued: the caller never waits for the edge
        await Eventually.TrueAsync(() => Volatile.Read(ref calls) == 1);
        Assert.Equal(0, harness.Count(AdobeTargetDiagnostics.NotificationsRetried)); // nothing gives up before the timeout
        time.Advance(TimeSpan.FromSeconds(3)); // the call's timeout
        var flush = harness.Notifier.FlushAsync();
        await Eventually.TrueAsync(() =>
        {
            time.Advance(TimeSpan.FromMilliseconds(1)); // the retry's backoff (at most 1 ms)
            return flush.IsCompleted;
        });
        await flush;
        Assert.Equal(2, calls);
        Assert.Equal(1, harness.Count(AdobeTargetDiagnostics.NotificationsSent));
        Assert.Equal(1, harness.Count(AdobeTargetDiagnostics.NotificationsRetried));
        release.SetResult();
    }

    [Fact]
    public async Task EdgeKeepsFailing_NotificationsAreGivenUpAfterTheLastAttemptAndLogged()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await NotifierHarness.StartOnFakeTimeAsync(time, o => o.Notifications.MaxAttempts = 3);
        harness.Edge.Respond = StubEdge.Status(500);

        await harness.Notifier.NotifyAsync([Display("n1")], Visitor(1));
        await NotifierHarness.AdvanceUntilAsync(time, harness.Notifier.FlushAsync(), TimeSpan.FromMilliseconds(1));

        Assert.Equal(3, harness.NotificationRequests.Count);
        Assert.Equal(1, harness.Count(AdobeTargetDiagnostics.NotificationsFailed, "error"));
        Assert.Equal(LogLevel.Warning, Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1203).Level);
    }
}
