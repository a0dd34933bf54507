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
/// local edge on loopback, through a fault injector: healthy, then misbehaving, then down (every call hangs), then
/// recovered. Each misbehaving phase is optional.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(LoadOptions options, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
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
                o.CircuitBreaker.Enabled = options.CircuitBreaker;
                o.CircuitBreaker.SamplingDuration = options.BreakerSampling ?? o.CircuitBreaker.SamplingDuration;
            }).DeliveryHttpClient.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 256 }));

        using var counters = new NotificationCounters(site.App.Services.GetRequiredService<IMeterFactory>());
        var pool = new ThreadPoolWatch();
        var phases = new List<PhaseResult> { await LoadAsync("healthy", site.Address, options.Users, options.Healthy, counters, progress) };
        if (options.Faults > TimeSpan.Zero)
        {
            injector.On = true;
            phases.Add(await LoadAsync("faults", site.Address, options.Users, options.Faults, counters, progress));
            injector.On = false;
        }

        if (options.Outage > TimeSpan.Zero)
        {
            injector.Outage = true;
            phases.Add(await LoadAsync("outage", site.Address, options.Users, options.Outage, counters, progress));
            injector.Outage = false;
        }

        if (options.Faults > TimeSpan.Zero || options.Outage > TimeSpan.Zero)
        {
            phases.Add(await LoadAsync("recovered", site.Address, options.Users, options.Recovery, counters, progress));
        }

        using (var flush = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await site.App.Services.GetRequiredService<ITargetNotifier>().FlushAsync(flush.Token);
        }

        var (threads, pending) = await pool.StopAsync();
        var impressions = edge.Report().Activities.Sum(a => a.Experiences.Sum(e => e.Impressions));
        return new LoadResult(phases, injector.Injected, threads, pending, counters.Queued, counters.Sent, counters.Failed, counters.Dropped, impressions)
        {
            CircuitStateChanges = counters.CircuitChanges,
        };
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

    private static async Task<PhaseResult> LoadAsync(string name, Uri address, int users, TimeSpan duration, NotificationCounters counters, TextWriter? progress)
    {
        var phaseStarted = Stopwatch.GetTimestamp();
        var latencies = new ConcurrentBag<(long Started, double Ms)>();
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
                    latencies.Add((started, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
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

        var all = Latencies.Of(latencies.Select(l => l.Ms));
        var result = new PhaseResult(name, requests, failed, defaults, all.P50Ms, all.P99Ms, all.MaxMs);
        if (counters.FirstOpenedSince(phaseStarted) is { } opened)
        {
            // Pages that started once the breaker had opened: what visitors see for the rest of the outage.
            var afterOpen = Latencies.Of(latencies.Where(l => l.Started >= opened).Select(l => l.Ms));
            result = result with { OpenedAfterMs = Stopwatch.GetElapsedTime(phaseStarted, opened).TotalMilliseconds, AfterOpen = afterOpen };
        }

        progress?.WriteLine($"{name}: {result.Requests} requests, {failed} failed, p99 {result.P99Ms:0.0} ms");
        return result;
    }
}
