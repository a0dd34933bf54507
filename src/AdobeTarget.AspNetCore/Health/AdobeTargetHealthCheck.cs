using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdobeTarget.Internal;

/// <summary>
/// Reports degraded when recent Delivery API calls failed: at least 3 failures, half the calls or more, within the
/// last minute. It never calls Adobe itself.
/// </summary>
internal sealed class AdobeTargetHealthCheck(DeliveryHealth health, EdgeCircuits circuits) : IHealthCheck
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

        return Task.FromResult(HealthCheckResult.Healthy($"{failures} of the last {calls} Adobe Target calls in the last minute failed.", data));
    }
}
