using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>A generic host with <c>AddAdobeTarget()</c> (so the notification worker runs), wired to a <see cref="StubEdge"/>.</summary>
public sealed class NotifierHarness : IAsyncDisposable
{
    private readonly Dictionary<string, MetricCollector<long>> _metrics = [];
    private bool _stopped;

    private NotifierHarness(StubEdge edge, IHost host)
    {
        Edge = edge;
        Host = host;
        foreach (var name in new[]
        {
            AdobeTargetDiagnostics.NotificationsQueued, AdobeTargetDiagnostics.NotificationsSent, AdobeTargetDiagnostics.NotificationsRetried,
            AdobeTargetDiagnostics.NotificationsFailed, AdobeTargetDiagnostics.NotificationsDropped,
        })
        {
            _metrics[name] = new MetricCollector<long>(host.Services.GetRequiredService<IMeterFactory>(), AdobeTargetDiagnostics.MeterName, name);
        }
    }

    public StubEdge Edge { get; }

    public IHost Host { get; }

    public ITargetNotifier Notifier => Host.Services.GetRequiredService<ITargetNotifier>();

    public ITargetClient Client => Host.Services.GetRequiredService<ITargetClient>();

    public FakeLogCollector Logs => Host.Services.GetFakeLogCollector();

    /// <summary>Starts a host; <paramref name="start"/> false leaves the worker stopped, so nothing drains the queue.</summary>
    public static async Task<NotifierHarness> StartAsync(Action<AdobeTargetOptions>? configure = null, bool start = true, TimeProvider? timeProvider = null)
    {
        var edge = await StubEdge.StartAsync();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging();
        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }

        builder.Services.AddAdobeTarget(options =>
        {
            options.ClientCode = ClientHarness.ClientCode;
            options.OrganizationId = ClientHarness.OrganizationId;
            options.Secure = false;
            options.Timeout = TimeSpan.FromSeconds(60); // on a loaded machine the 3 s default can pass on loopback; a test that needs a timeout sets its own
            configure?.Invoke(options);
        }).DeliveryHttpClient.ConfigurePrimaryHttpMessageHandler(() => LoopbackHandler.To(edge.Port));
        var host = builder.Build();
        if (start)
        {
            await host.StartAsync();
        }

        return new NotifierHarness(edge, host);
    }

    /// <summary>A host on fake time, with no batch window: only the retries' backoff and the timeouts wait, and only when the test advances time.</summary>
    public static Task<NotifierHarness> StartOnFakeTimeAsync(FakeTimeProvider time, Action<AdobeTargetOptions>? configure = null) =>
        StartAsync(
            o =>
            {
                o.Notifications.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
                o.Notifications.BatchWindow = TimeSpan.Zero;
                configure?.Invoke(o);
            },
            timeProvider: time);

    /// <summary>Advances fake time in steps of <paramref name="step"/> until <paramref name="task"/> completes (bounded in real time).</summary>
    public static async Task AdvanceUntilAsync(FakeTimeProvider time, Task task, TimeSpan step)
    {
        await Eventually.TrueAsync(() =>
        {
            time.Advance(step);
            return task.IsCompleted;
        });
        await task;
    }

    /// <summary>The sum of a counter's measurements, optionally of one <c>reason</c>.</summary>
    public long Count(string instrument, string? reason = null) =>
        _metrics[instrument].GetMeasurementSnapshot()
            .Where(m => reason is null || Equals(m.Tags.GetValueOrDefault("reason"), reason))
            .Sum(m => m.Value);

    /// <summary>Notification requests the edge received (requests with notifications).</summary>
    public IReadOnlyList<RecordedRequest> NotificationRequests => [.. Edge.Requests.Where(r => r.Json["notifications"] is not null)];

    public IEnumerable<string> NotifiedIds => NotificationRequests.SelectMany(r => r.Json["notifications"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));

    public async Task StopAsync()
    {
        _stopped = true;
        await Host.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await Host.StopAsync();
        }

        foreach (var collector in _metrics.Values)
        {
            collector.Dispose();
        }

        Host.Dispose();
        await Edge.DisposeAsync();
    }
}
