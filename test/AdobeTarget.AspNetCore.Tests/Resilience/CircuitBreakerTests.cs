using System.Diagnostics.Metrics;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore.Tests.Resilience;

/// <summary>The circuit breaker per edge host, driven on fake time against a loopback edge that hangs, then recovers.</summary>
public class CircuitBreakerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task HangingEdge_OpensTheCircuit_CallsFailAtOnce_AProbeClosesIt_AndQueuedNotificationsAreDelivered()
    {
        // Real time with short settings: what is asserted are outcomes and counts, never durations.
        await using var harness = await NotifierHarness.StartAsync(options =>
        {
            options.Timeout = TimeSpan.FromSeconds(1);
            options.CircuitBreaker.MinimumThroughput = 2;
            // Long enough that the call after the second timeout still finds it open on a loaded machine (a 1 s break
            // let the probe through first under CI load), short enough for the recovery below.
            options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5);
        });
        using var changes = new MetricCollector<long>(harness.Host.Services.GetRequiredService<IMeterFactory>(), AdobeTargetDiagnostics.MeterName, AdobeTargetDiagnostics.CircuitStateChanges);
        var hang = new TaskCompletionSource();
        using var release = new Releaser(hang); // a failed assertion must not leave the edge hanging at dispose
        harness.Edge.Respond = async (_, context) => await hang.Task.WaitAsync(context.RequestAborted);

        // Calls time out until the circuit opens: with a minimum throughput of 2 and every call failing, after two of them.
        // (On a loaded machine the client's own outer timer can beat the pipeline's timeout by a hair; such a call is
        // not counted by the breaker, so a third or fourth timeout is allowed, never more.)
        var timedOut = 0;
        TargetEdgeUnavailableException? unavailable = null;
        while (unavailable is null && timedOut < 4)
        {
            var failure = await Assert.ThrowsAnyAsync<TargetException>(() => harness.Client.GetOffersAsync(Call()));
            if (failure is TargetEdgeUnavailableException open)
            {
                unavailable = open;
            }
            else
            {
                Assert.IsType<TargetTimeoutException>(failure);
                timedOut++;
            }
        }

        // Open: calls fail with the edge-unavailable error and never reach the edge.
        Assert.NotNull(unavailable);
        Assert.InRange(timedOut, 2, 4);
        Assert.True(unavailable.IsTransient);
        Assert.Equal(timedOut, harness.Edge.Requests.Count);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1010 && r.Level == LogLevel.Warning);

        // A notification queued while the circuit is open waits for it instead of spending its attempts.
        await harness.Notifier.NotifyAsync(
            [new Notification { Id = "during-outage", Type = MetricType.Display, Timestamp = 1, Mbox = new NotificationMbox { Name = "hero" }, Tokens = ["token"] }],
            new TargetDeliveryOptions { SessionId = "visitor-session", Request = new DeliveryRequest() });

        // The edge is back: after the break a probe goes through and closes the circuit; the notification arrives.
        harness.Edge.Respond = StubEdge.RespondDefaultAsync;
        await harness.Notifier.FlushAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains("during-outage", harness.NotifiedIds);
        Assert.Equal(0, harness.Count(AdobeTargetDiagnostics.NotificationsFailed));
        var response = await harness.Client.GetOffersAsync(Call());
        Assert.NotNull(response.Response);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1011);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1012);
        Assert.Equal(["open", "half_open", "closed"], changes.GetMeasurementSnapshot().Select(m => (string)m.Tags["state"]!).Take(3));
    }

    [Fact]
    public async Task EdgeAnswering400_NeverOpensTheCircuit()
    {
        await using var harness = await StartAsync();
        harness.Edge.Respond = StubEdge.Status(400, """{"status":400,"message":"Invalid property token"}""");

        for (var i = 0; i < 6; i++)
        {
            await Assert.ThrowsAsync<TargetEdgeException>(() => harness.Client.GetOffersAsync(Call()));
        }

        Assert.Equal(6, harness.Edge.Requests.Count); // every call reached the edge
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Id.Id == 1010);
    }

    [Fact]
    public async Task Edge503s_OpenTheCircuit_AndTheFailureLogIsOneLinePerInterval()
    {
        await using var harness = await StartAsync();
        harness.Edge.Respond = StubEdge.Status(503, """{"status":503,"message":"Service Unavailable"}""");

        await Assert.ThrowsAsync<TargetEdgeException>(() => harness.Client.GetOffersAsync(Call()));
        await Assert.ThrowsAsync<TargetEdgeException>(() => harness.Client.GetOffersAsync(Call()));
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<TargetEdgeUnavailableException>(() => harness.Client.GetOffersAsync(Call()));
        }

        Assert.Equal(2, harness.Edge.Requests.Count);
        var failureLines = harness.Logs.GetSnapshot().Where(r => r.Id.Id == 1001).ToList();
        Assert.Equal(2, failureLines.Count); // one "status 503" line and one "circuit open" line, not seven
        Assert.All(failureLines, r => Assert.Null(r.Exception)); // expected failures: no stack trace at warning
        var health = await CheckHealthAsync(harness);
        Assert.Equal(HealthStatus.Degraded, health.Status);
        Assert.Contains("circuit breaker", health.Entries["adobe_target"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CircuitBreakerDisabled_HangingEdgeIsCalledEveryTime()
    {
        await using var harness = await StartAsync(enabled: false);
        harness.Edge.Respond = StubEdge.Status(503);

        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<TargetEdgeException>(() => harness.Client.GetOffersAsync(Call()));
        }

        Assert.Equal(4, harness.Edge.Requests.Count);
    }

    private static Task<ClientHarness> StartAsync(bool enabled = true) =>
        ClientHarness.StartAsync(options =>
        {
            options.Timeout = Timeout;
            options.CircuitBreaker.Enabled = enabled;
            options.CircuitBreaker.MinimumThroughput = 2;
            options.CircuitBreaker.BreakDuration = BreakDuration;
        });

    private static async Task<HealthReport> CheckHealthAsync(ClientHarness harness)
    {
        var services = new ServiceCollection();
        services.AddSingleton(harness.Services.GetRequiredService<Internal.DeliveryHealth>());
        services.AddSingleton(harness.Services.GetRequiredService<Internal.EdgeCircuits>());
        services.AddLogging();
        services.AddHealthChecks().AddAdobeTarget();
        await using var provider = services.BuildServiceProvider();
        return await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
    }

    private static TargetDeliveryOptions Call() => new()
    {
        Request = new DeliveryRequest { Execute = new ExecuteRequest { Mboxes = [new MboxRequest { Name = "hero", Index = 0 }] } },
    };

    private sealed class Releaser(TaskCompletionSource hang) : IDisposable
    {
        public void Dispose() => hang.TrySetResult();
    }
}
