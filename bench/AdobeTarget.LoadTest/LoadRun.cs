using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using AdobeTarget.Delivery;
using AdobeTarget.LocalEdge;
using AdobeTarget.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.LoadTest;

/// <summary>
/// Virtual users load a sample-shaped app (prefetch two mboxes, notify the display) whose Target calls go to the
/// local edge on loopback, through a fault injector: healthy, then misbehaving, then recovered.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(LoadOptions options, TextWriter? progress = null)
    {
        var injector = new FaultInjector(options.TargetTimeout) { Share = options.FaultShare };
        var edge = new LocalTargetEdge(LocalActivitiesLoader.Load(Path.Combine(AppContext.BaseDirectory, "activities.json")));
        await using var edgeApp = await LoopbackApp.StartAsync(app =>
        {
            app.Use(injector.InvokeAsync);
            app.MapTargetLocalEdge(edge);
        });
        await using var site = await LoopbackApp.StartAsync(
            app =>
            {
                app.UseAdobeTarget();
                app.MapGet("/", PageAsync);
            },
            services => services.AddAdobeTarget(o =>
            {
                o.ClientCode = "local";
                o.OrganizationId = "LOAD0000@AdobeOrg";
                o.ServerDomain = edgeApp.Authority;
                o.Secure = false;
                o.Timeout = options.TargetTimeout;
                o.Notifications.MaxAttempts = 12;
                o.Notifications.RetryMaxDelay = TimeSpan.FromSeconds(1);
                o.Notifications.QueueCapacity = 100_000;
            }).DeliveryHttpClient.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 256 }));

        using var counters = new NotificationCounters(site.App.Services.GetRequiredService<IMeterFactory>());
        var pool = new ThreadPoolWatch();
        var phases = new List<PhaseResult> { await LoadAsync("healthy", site.Address, options.Users, options.Healthy, progress) };
        if (options.Faults > TimeSpan.Zero)
        {
            injector.On = true;
            phases.Add(await LoadAsync("faults", site.Address, options.Users, options.Faults, progress));
            injector.On = false;
            phases.Add(await LoadAsync("recovered", site.Address, options.Users, options.Recovery, progress));
        }

        using (var flush = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await site.App.Services.GetRequiredService<ITargetNotifier>().FlushAsync(flush.Token);
        }

        var (threads, pending) = await pool.StopAsync();
        var impressions = edge.Report().Activities.Sum(a => a.Experiences.Sum(e => e.Impressions));
        return new LoadResult(phases, injector.Injected, threads, pending, counters.Queued, counters.Sent, counters.Failed, counters.Dropped, impressions);
    }

    /// <summary>The page: prefetch home and product1, notify the display, default content when Target fails.</summary>
    private static async Task PageAsync(HttpContext http)
    {
        var target = http.RequestServices.GetRequiredService<ITargetClient>();
        var notifier = http.RequestServices.GetRequiredService<ITargetNotifier>();
        var request = new DeliveryRequest { Prefetch = new PrefetchRequest { Mboxes = [new MboxRequest { Name = "home", Index = 0 }, new MboxRequest { Name = "product1", Index = 1 }] } };
        string body;
        try
        {
            var response = await target.GetOffersAsync(new TargetDeliveryOptions { Request = request }, http.RequestAborted);
            await notifier.NotifyDisplayAsync(response, http.RequestAborted);
            body = "target";
        }
        catch (TargetException)
        {
            body = "default";
        }

        await http.Response.WriteAsync(body, http.RequestAborted);
    }

    private static async Task<PhaseResult> LoadAsync(string name, Uri address, int users, TimeSpan duration, TextWriter? progress)
    {
        var latencies = new ConcurrentBag<double>();
        var failed = 0;
        var defaults = 0;
        var requests = 0;
        using var stop = new CancellationTokenSource(duration);
        var tasks = Enumerable.Range(0, users).Select(async _ =>
        {
            // One visitor per virtual user: its own cookies.
            using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = address,
                Timeout = TimeSpan.FromSeconds(30),
            };
            while (!stop.IsCancellationRequested)
            {
                Interlocked.Increment(ref requests);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync("/");
                    var text = await response.Content.ReadAsStringAsync();
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failed);
                    }
                    else if (text == "default")
                    {
                        Interlocked.Increment(ref defaults);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }).ToList();
        await Task.WhenAll(tasks);

        var sorted = latencies.Order().ToArray();
        double Percentile(double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        var result = new PhaseResult(name, requests, failed, defaults, Percentile(0.50), Percentile(0.99), sorted.Length == 0 ? 0 : sorted[^1]);
        progress?.WriteLine($"{name}: {result.Requests} requests, {failed} failed, p99 {result.P99Ms:0.0} ms");
        return result;
    }

    /// <summary>Sums the notifier's counters from the <c>AdobeTarget</c> meter.</summary>
    private sealed class NotificationCounters : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _queued;
        private long _sent;
        private long _failed;
        private long _dropped;

        /// <param name="meterFactory">The application's meter factory: only its meter counts, not other hosts' in the process.</param>
        public NotificationCounters(IMeterFactory meterFactory)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AdobeTargetDiagnostics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                switch (instrument.Name)
                {
                    case AdobeTargetDiagnostics.NotificationsQueued: Interlocked.Add(ref _queued, value); break;
                    case AdobeTargetDiagnostics.NotificationsSent: Interlocked.Add(ref _sent, value); break;
                    case AdobeTargetDiagnostics.NotificationsFailed: Interlocked.Add(ref _failed, value); break;
                    case AdobeTargetDiagnostics.NotificationsDropped: Interlocked.Add(ref _dropped, value); break;
                }
            });
            _listener.Start();
        }

        public long Queued => Interlocked.Read(ref _queued);

        public long Sent => Interlocked.Read(ref _sent);

        public long Failed => Interlocked.Read(ref _failed);

        public long Dropped => Interlocked.Read(ref _dropped);

        public void Dispose() => _listener.Dispose();
    }

    /// <summary>Samples the thread pool: starved pools (sync-over-async) show as many threads and a long queue.</summary>
    private sealed class ThreadPoolWatch
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _sampling;
        private int _maxThreads;
        private long _maxPending;

        public ThreadPoolWatch() => _sampling = SampleAsync();

        public async Task<(int Threads, long Pending)> StopAsync()
        {
            await _stop.CancelAsync();
            await _sampling;
            _stop.Dispose();
            return (_maxThreads, _maxPending);
        }

        private async Task SampleAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                _maxThreads = Math.Max(_maxThreads, ThreadPool.ThreadCount);
                _maxPending = Math.Max(_maxPending, ThreadPool.PendingWorkItemCount);
                await Task.Delay(50).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
