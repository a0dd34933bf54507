using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Reports degraded when recent Delivery API calls failed: at least 3 failures, half the calls or more, within the
/// last minute; or, with on-device decisions configured, when the rules artifact is missing or stale (<see cref="ArtifactHealth"/>).
/// It never calls Adobe itself.
/// </summary>
internal sealed class AdobeTargetHealthCheck(
    DeliveryHealth health,
    EdgeCircuits circuits,
    ArtifactStore? artifacts,
    IOptions<AdobeTargetOptions>? options,
    TimeProvider timeProvider) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (calls, failures, last) = health.Recent();
        var data = new Dictionary<string, object>
        {
            ["calls"] = calls,
            ["failures"] = failures,
            ["window_seconds"] = DeliveryHealth.Window.TotalSeconds,
        };
        var artifactProblem = artifacts is not null && options is not null
            ? ArtifactHealth.Check(artifacts, options.Value, timeProvider.GetUtcNow(), data)
            : null;
        var open = circuits.NotClosed();
        if (open.Count > 0)
        {
            data["open_circuits"] = open.Count;
            var (host, state, since) = open[0];
            return Task.FromResult(new HealthCheckResult(
                context.Registration.FailureStatus,
                $"The circuit breaker of {open.Count} Adobe Target edge host(s) is not closed (e.g. {host}: {(state == EdgeCircuitState.Open ? "open" : "half-open")} since {since:O}); calls to it fail at once and pages fall back to default content.",
                data: data));
        }

        if (failures >= DeliveryHealth.MinimumFailures && failures >= calls * DeliveryHealth.FailureRatio)
        {
            return Task.FromResult(new HealthCheckResult(
                context.Registration.FailureStatus,
                $"{failures} of the last {calls} Adobe Target calls in the last minute failed (latest: {last}); pages fall back to default content.",
                data: data));
        }

        if (artifactProblem is not null)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, artifactProblem, data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"{failures} of the last {calls} Adobe Target calls in the last minute failed.", data));
    }
}
