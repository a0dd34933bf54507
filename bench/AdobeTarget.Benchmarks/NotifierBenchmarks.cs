using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AdobeTarget.Benchmarks;

/// <summary>
/// The cost a page pays to notify a display: building the notification (the baseline) and queueing it.
/// Goal: enqueue under 1 µs, no allocation beyond the notification. The worker is not running; the queue is
/// emptied between iterations.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(100_000)]
public class NotifierBenchmarks
{
    private IHost _host = null!;
    private ITargetNotifier _notifier = null!;
    private NotificationQueue _queue = null!;
    private TargetDeliveryResponse _response = null!;

    [GlobalSetup]
    public void Setup()
    {
        _host = BenchmarkHost.Build(port: 1, o => o.Notifications.QueueCapacity = 1_000_000);
        _notifier = _host.Services.GetRequiredService<ITargetNotifier>();
        _queue = _host.Services.GetRequiredService<NotificationQueue>();
        _response = new TargetDeliveryResponse
        {
            SessionId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            TntId = "08210e2d751a44779b8313e2d2692b96.21_27",
            LocationHint = "21",
            TargetCookie = new TargetCookie("mbox", "session#0a1b#1", 1860),
            Request = BenchmarkHost.SeedRequest(),
            Response = new DeliveryResponse
            {
                Prefetch = new PrefetchResponse
                {
                    Mboxes = [new PrefetchMboxResponse { Name = "product1", Index = 1, State = "state", Options = [new Option { Type = OptionType.Html, EventToken = "token" }] }],
                },
            },
        };
    }

    [Benchmark(Baseline = true, Description = "build the display notification")]
    public List<Notification> Build() => NotificationFactory.Display(_response, null, 1_700_000_000_000);

    [Benchmark(Description = "NotifyDisplayAsync (build + enqueue)")]
    public ValueTask NotifyDisplay() => _notifier.NotifyDisplayAsync(_response);

    [IterationCleanup]
    public void Drain()
    {
        var drained = 0;
        while (_queue.Reader.TryRead(out _))
        {
            drained++;
        }

        if (drained > 0)
        {
            _queue.Done(drained);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();
}
