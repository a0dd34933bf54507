using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

/// <summary>
/// <c>AddAdobeTarget()</c> configured for on-device decisions against an <see cref="ArtifactServer"/> on loopback, with
/// fake time and captured logs. <see cref="AdvanceAsync"/> moves time only while the poller is parked in a delay, so a
/// download in flight never sees time jump.
/// </summary>
internal sealed class ArtifactHarness : IAsyncDisposable
{
    public const string OrganizationId = "ABC123DEF456@AdobeOrg";
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private int _advancedAtWait;

    private ArtifactHarness(ArtifactServer server, ServiceProvider services, FakeTimeProvider time)
    {
        Server = server;
        Services = services;
        Time = time;
    }

    public ArtifactServer Server { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public ArtifactStore Store => Services.GetRequiredService<ArtifactStore>();

    public ArtifactPollingService Poller => Services.GetServices<IHostedService>().OfType<ArtifactPollingService>().Single();

    /// <summary>Starts the server and the container; the poller starts unless <paramref name="start"/> is false.</summary>
    public static async Task<ArtifactHarness> StartAsync(Action<AdobeTargetOptions, ArtifactServer>? configure = null, Action<AdobeTargetBuilder>? build = null, byte[]? body = null, bool start = true)
    {
        var server = await ArtifactServer.StartAsync(body ?? TestArtifacts.AbSimple);
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        services.AddSingleton<TimeProvider>(time);
        var builder = services.AddAdobeTarget(options =>
        {
            options.ClientCode = "acme";
            options.OrganizationId = OrganizationId;
            options.DecisioningMethod = TargetDecisioningMethod.OnDevice;
            options.OnDevice.ArtifactLocation = server.Address();
            configure?.Invoke(options, server);
        });
        build?.Invoke(builder);
        var harness = new ArtifactHarness(server, services.BuildServiceProvider(validateScopes: true), time);
        if (start)
        {
            await harness.Poller.StartAsync(CancellationToken.None);
        }

        return harness;
    }

    /// <summary>Waits (30 s at most) until an artifact is loaded.</summary>
    public Task WaitUntilReadyAsync() => Store.WaitUntilReadyAsync().WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Waits until the poller has begun a delay it was not yet advanced past (it is then idle, no download in flight).</summary>
    public async Task WaitUntilParkedAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Poller.Waits <= _advancedAtWait)
        {
            Assert.False(Poller.Running.IsCompleted, "The poller stopped instead of waiting.");
            await Task.Delay(5, timeout.Token);
        }
    }

    /// <summary>Waits until the poller is parked, then moves time on by <paramref name="by"/> (5 minutes by default: past any retry delay).</summary>
    public async Task AdvanceAsync(TimeSpan? by = null)
    {
        await WaitUntilParkedAsync();
        _advancedAtWait = Poller.Waits;
        Time.Advance(by ?? TimeSpan.FromMinutes(5));
    }

    /// <summary>The log records of one event id.</summary>
    public IReadOnlyList<FakeLogRecord> Events(int id) => [.. Logs.GetSnapshot().Where(r => r.Id.Id == id)];

    public async ValueTask DisposeAsync()
    {
        await Poller.StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
