using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.AspNetCore.Tests.Notifications;

/// <summary>
/// A console job or a test that builds a bare <c>ServiceProvider</c> never starts the hosted worker: the flush sends
/// the queue itself instead of waiting forever (issue 9, item 9). Every wait is bounded so a hang fails the test.
/// </summary>
public class NotifierWithoutHostTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static Notification Display(string id, string token = "t") =>
        new() { Id = id, Type = MetricType.Display, Timestamp = 1, Tokens = [token], Mbox = new NotificationMbox { Name = "m", State = "s" } };

    private static TargetDeliveryOptions Visitor(string visitor) =>
        new() { SessionId = $"session-{visitor}", Request = new DeliveryRequest { Id = new VisitorId { TntId = $"tnt-{visitor}.28_0" } } };

    [Fact]
    public async Task NotifyThenFlush_BareServiceProvider_SendsTheQueueAndReturns()
    {
        await using var harness = await ClientHarness.StartAsync();
        var notifier = harness.Services.GetRequiredService<ITargetNotifier>();

        await notifier.NotifyAsync([Display("n1"), Display("n2")], Visitor("a"));
        Assert.Empty(harness.Edge.Requests); // queued: no worker sends in the background
        await notifier.FlushAsync().WaitAsync(Bound);

        var sent = Assert.Single(harness.Edge.Requests);
        Assert.Equal("session-a", sent.Query["sessionId"]);
        Assert.Equal("tnt-a.28_0", sent.Json["id"]!["tntId"]!.GetValue<string>());
        Assert.Equal(["n1", "n2"], sent.Json["notifications"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Flush_BareServiceProviderTwoVisitors_SendsOneCallPerVisitor()
    {
        await using var harness = await ClientHarness.StartAsync();
        var notifier = harness.Services.GetRequiredService<ITargetNotifier>();

        foreach (var (visitor, id) in new[] { ("a", "a1"), ("b", "b1"), ("a", "a2") })
        {
            await notifier.NotifyAsync([Display(id)], Visitor(visitor));
        }

        await notifier.FlushAsync().WaitAsync(Bound);

        Assert.Equal(2, harness.Edge.Requests.Count);
        var bySession = harness.Edge.Requests.ToDictionary(r => r.Query["sessionId"], r => r.Json["notifications"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList());
        Assert.Equal(["a1", "a2"], bySession["session-a"]);
        Assert.Equal(["b1"], bySession["session-b"]);
    }

    [Fact]
    public async Task Flush_BareServiceProviderEdgeFailsOnce_RetriesAndDelivers()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.Notifications.RetryBaseDelay = TimeSpan.FromMilliseconds(1));
        var notifier = harness.Services.GetRequiredService<ITargetNotifier>();
        var calls = 0;
        harness.Edge.Respond = (request, context) => Interlocked.Increment(ref calls) == 1
            ? StubEdge.Status(503)(request, context)
            : StubEdge.RespondDefaultAsync(request, context);
        await notifier.NotifyAsync([Display("n1")], Visitor("a"));

        var flush = notifier.FlushAsync();
        await Eventually.TrueAsync(() =>
        {
            harness.Time.Advance(TimeSpan.FromMilliseconds(1)); // the retry's backoff (at most 1 ms), on fake time
            return flush.IsCompleted;
        });
        await flush;

        Assert.Equal(2, calls);
        Assert.Equal("n1", harness.Edge.Requests[1].Json["notifications"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Flush_BareServiceProviderCancelled_ThrowsAndCountsTheNotificationsGivenUp()
    {
        await using var harness = await ClientHarness.StartAsync();
        using var metrics = new Microsoft.Extensions.Diagnostics.Metrics.Testing.MetricCollector<long>(
            harness.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), AdobeTargetDiagnostics.MeterName, AdobeTargetDiagnostics.NotificationsFailed);
        var notifier = harness.Services.GetRequiredService<ITargetNotifier>();
        var never = new TaskCompletionSource();
        harness.Edge.Respond = (_, context) => never.Task.WaitAsync(context.RequestAborted);
        await notifier.NotifyAsync([Display("n1")], Visitor("a"));
        using var cancel = new CancellationTokenSource();

        var flush = notifier.FlushAsync(cancel.Token);
        await harness.Edge.WaitForRequestsAsync(); // the flush is sending, and the edge holds the call
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => flush.WaitAsync(Bound));
        Assert.Equal(1, metrics.GetMeasurementSnapshot().Where(m => Equals(m.Tags["reason"], "shutdown")).Sum(m => m.Value));
        await notifier.FlushAsync().WaitAsync(Bound); // nothing is left outstanding
    }
}
