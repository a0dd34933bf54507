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
/// Virtual users load a sample-shaped app whose Target calls go to the local edge on loopback, through fault injectors:
/// healthy, then misbehaving, then down (every call hangs), then recovered. Each misbehaving phase is optional.
/// Server-side, the page prefetches two mboxes on the edge and notifies the display; on-device or hybrid, it executes
/// them, decided from the edge's rules artifact, which the app polls (and which misbehaves too with
/// <see cref="LoadOptions.ArtifactFaults"/>).
/// </summary>
public static class LoadRun
{
    /// <summary>The app's artifact download timeout (the least the library accepts, so hangs cost little).</summary>
    public static readonly TimeSpan ArtifactDownloadTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The app's artifact size cap (the least the library accepts; the edge's artifact is a few KB).</summary>
    public const int MaxArtifactBytes = 64 * 1024;

    public static async Task<LoadResult> RunAsync(LoadOptions options, TextWriter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var onDevice = options.Decisioning != TargetDecisioningMethod.ServerSide;
        var injector = new FaultInjector(options.TargetTimeout) { Share = options.FaultShare };
        var edge = new LocalTargetEdge(LocalActivitiesLoader.Load(Path.Combine(AppContext.BaseDirectory, "activities.json")));
        var artifactInjector = new ArtifactFaultInjector(ArtifactDownloadTimeout, MaxArtifactBytes, edge.RulesJson) { Share = options.ArtifactFaultShare };
        await using var edgeApp = await LoopbackApp.StartAsync(app =>
        {
            app.Use(injector.InvokeAsync);
            app.Use(artifactInjector.InvokeAsync);
            app.MapTargetLocalEdge(edge);
        });
        await using var site = await LoopbackApp.StartAsync(
            app =>
            {
                app.UseAdobeTarget();
                app.MapGet("/", onDevice ? LoadPages.ExecuteAsync : LoadPages.PrefetchAsync);
            },
            services => services.AddAdobeTarget(o =>
            {
                o.ClientCode = edge.Options.ClientCode;
                o.OrganizationId = "LOAD0000@AdobeOrg";
                o.ServerDomain = edgeApp.Authority;
                o.Secure = false;
                o.Timeout = options.TargetTimeout;
                o.Notifications.MaxAttempts = 12;
                o.Notifications.RetryMaxDelay = TimeSpan.FromSeconds(1);
                o.Notifications.QueueCapacity = 100_000;
                o.CircuitBreaker.Enabled = options.CircuitBreaker;
                o.CircuitBreaker.SamplingDuration = options.BreakerSampling ?? o.CircuitBreaker.SamplingDuration;
                o.DecisioningMethod = options.Decisioning;
                if (onDevice)
                {
                    o.OnDevice.ArtifactLocation = new Uri(edgeApp.Address, $"{edge.Options.ClientCode}/production/v1/rules.json");
                    o.OnDevice.PollingInterval = options.PollingInterval;
                    o.OnDevice.DownloadTimeout = ArtifactDownloadTimeout;
                    o.OnDevice.MaxArtifactBytes = MaxArtifactBytes;
                    o.OnDevice.GeoLocation = new Uri(edgeApp.Address, "v1/geo");
                }
            }).DeliveryHttpClient.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 256 }));

        using var counters = new NotificationCounters(site.App.Services.GetRequiredService<IMeterFactory>());
        using var artifactCounters = new ArtifactCounters(site.App.Services.GetRequiredService<IMeterFactory>());
        if (onDevice)
        {
            using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await site.App.Services.GetRequiredService<ITargetArtifactStatus>().WaitUntilReadyAsync(ready.Token);
        }

        var pool = new ThreadPoolWatch();
        var phases = new List<PhaseResult> { await LoadAsync("healthy", site.Address, options.Users, options.Healthy, counters, artifactCounters, progress) };
        if (options.Faults > TimeSpan.Zero)
        {
            injector.On = true;
            artifactInjector.On = options.ArtifactFaults;
            phases.Add(await LoadAsync("faults", site.Address, options.Users, options.Faults, counters, artifactCounters, progress));
            injector.On = false;
            artifactInjector.On = false;
        }

        if (options.Outage > TimeSpan.Zero)
        {
            injector.Outage = true;
            phases.Add(await LoadAsync("outage", site.Address, options.Users, options.Outage, counters, artifactCounters, progress));
            injector.Outage = false;
        }

        if (options.Faults > TimeSpan.Zero || options.Outage > TimeSpan.Zero)
        {
            phases.Add(await LoadAsync("recovered", site.Address, options.Users, options.Recovery, counters, artifactCounters, progress));
        }

        using (var flush = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await site.App.Services.GetRequiredService<ITargetNotifier>().FlushAsync(flush.Token);
        }

        var (threads, pending) = await pool.StopAsync();
        var experiences = edge.Report().Activities.SelectMany(a => a.Experiences).ToList();
        return new LoadResult(phases, injector.Injected, threads, pending, counters.Queued, counters.Sent, counters.Failed, counters.Dropped, experiences.Sum(e => e.Impressions))
        {
            CircuitStateChanges = counters.CircuitChanges,
            Decisioning = options.Decisioning,
            EdgeOnDeviceImpressions = experiences.Sum(e => e.OnDeviceImpressions),
            ArtifactDownloads = artifactCounters.Downloads,
            ArtifactFaults = artifactInjector.Injected,
            ArtifactDownloadsPassed = artifactInjector.Passed,
        };
    }

    private static async Task<PhaseResult> LoadAsync(string name, Uri address, int users, TimeSpan duration, NotificationCounters counters, ArtifactCounters artifacts, TextWriter? progress)
    {
        var phaseStarted = Stopwatch.GetTimestamp();
        var downloadsBefore = artifacts.Downloads;
        var latencies = new ConcurrentBag<(long Started, double Ms)>();
        var failed = 0;
        var defaults = 0;
        var onDevicePages = 0;
        var empty = 0;
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
                    else if (text == LoadPages.Default)
                    {
                        Interlocked.Increment(ref defaults);
                    }
                    else if (text == LoadPages.Empty)
                    {
                        Interlocked.Increment(ref empty);
                    }
                    else if (text == LoadPages.Device)
                    {
                        Interlocked.Increment(ref onDevicePages);
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
        var result = new PhaseResult(name, requests, failed, defaults, all.P50Ms, all.P99Ms, all.MaxMs)
        {
            Seconds = Stopwatch.GetElapsedTime(phaseStarted).TotalSeconds,
            OnDevicePages = onDevicePages,
            EmptyContent = empty,
            LoadAverage = LoadAverage.Read(),
            ArtifactDownloads = artifacts.Downloads.Select(d => (d.Key, Count: d.Value - downloadsBefore.GetValueOrDefault(d.Key))).Where(d => d.Count > 0).ToDictionary(d => d.Key, d => d.Count),
        };
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
