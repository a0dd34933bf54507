using System.Collections.Concurrent;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Http;

namespace AdobeTarget.AspNetCore.Tests.Hardening;

/// <summary>
/// A <see cref="TargetTestApp"/> for hostile-edge tests: real time (timeouts and retry delays run), a health check,
/// and the <see cref="RecordingEdgeHandler"/> as primary handler (decompression on, hosts recorded).
/// </summary>
public sealed class HostileEdgeApp : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _hosts = new();

    private HostileEdgeApp()
    {
    }

    public TargetTestApp App { get; private set; } = null!;

    public StubEdge Edge => App.Edge;

    public IServiceProvider Services => App.App.Services;

    public ITargetClient Client => Services.GetRequiredService<ITargetClient>();

    public ITargetNotifier Notifier => Services.GetRequiredService<ITargetNotifier>();

    /// <summary>Gets the host of every request the primary handler was given, in order.</summary>
    public IReadOnlyList<string> HostsAttempted => [.. _hosts];

    public static async Task<HostileEdgeApp> StartAsync(Action<AdobeTargetOptions>? configure = null, Action<WebApplication>? endpoints = null, Func<string, bool>? unreachable = null)
    {
        var hostile = new HostileEdgeApp();
        hostile.App = await TargetTestApp.StartAsync(configure, endpoints, services =>
        {
            services.AddSingleton(TimeProvider.System);
            services.AddHealthChecks().AddAdobeTarget();

            // Runs after AddAdobeTarget's and TargetTestApp's handler settings, so this primary handler is the one used.
            services.PostConfigure<HttpClientFactoryOptions>(AdobeTargetDefaults.DeliveryHttpClientName, options =>
                options.HttpMessageHandlerBuilderActions.Add(builder =>
                    builder.PrimaryHandler = new RecordingEdgeHandler(() => hostile.App.Edge.Port, hostile._hosts, unreachable ?? (static _ => false))));
        });
        return hostile;
    }

    public async Task<HealthReportEntry> HealthAsync() =>
        (await Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Entries["adobe_target"];

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
