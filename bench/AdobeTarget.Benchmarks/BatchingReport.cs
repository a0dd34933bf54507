using AdobeTarget.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdobeTarget.Benchmarks;

/// <summary>
/// Batching, counted rather than timed: 10,000 notifications from 100 visitors queued at once should take about
/// 100 Delivery calls, not 10,000.
/// </summary>
internal static class BatchingReport
{
    public static async Task RunAsync()
    {
        await using var edge = await StandInEdge.StartAsync();
        using var host = BenchmarkHost.Build(edge.Port);
        await host.StartAsync();
        var notifier = host.Services.GetRequiredService<ITargetNotifier>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var visitor = 0; visitor < 100; visitor++)
        {
            var notifications = Enumerable.Range(0, 100).Select(i => new Notification
            {
                Id = $"v{visitor}-n{i}",
                Type = MetricType.Display,
                Timestamp = 1_700_000_000_000,
                Tokens = ["token"],
                Mbox = new NotificationMbox { Name = "product1", State = "state" },
            });
            await notifier.NotifyAsync(notifications, new TargetDeliveryOptions
            {
                SessionId = $"session-{visitor}",
                Request = new DeliveryRequest { Id = new VisitorId { TntId = $"tnt-{visitor}.21_0" } },
            });
        }

        var queued = started.Elapsed;
        await notifier.FlushAsync();
        Console.WriteLine($"Batching: 10,000 notifications from 100 visitors -> {edge.Calls} Delivery calls, {edge.Notifications} notifications acknowledged; queued in {queued.TotalMilliseconds:0.0} ms, delivered in {started.Elapsed.TotalMilliseconds:0} ms.");
        await host.StopAsync();
    }
}
