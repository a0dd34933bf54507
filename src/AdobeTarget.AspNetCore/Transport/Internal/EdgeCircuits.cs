using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.Internal;

/// <summary>
/// The state of each edge host's circuit breaker, as its callbacks report it: one log line and one metric per change,
/// and what the health check shows. Holds one entry per edge host, and <see cref="EdgeHost"/> bounds those.
/// </summary>
internal sealed class EdgeCircuits(DeliveryMetrics metrics, TimeProvider timeProvider, ILogger<EdgeCircuits> logger)
{
    private readonly ConcurrentDictionary<string, (EdgeCircuitState State, DateTimeOffset Since)> _circuits = new(StringComparer.Ordinal);

    public void Opened(string host, TimeSpan breakDuration)
    {
        Change(host, EdgeCircuitState.Open);
        DeliveryLog.CircuitOpened(logger, host, (long)breakDuration.TotalMilliseconds);
    }

    public void HalfOpened(string host)
    {
        Change(host, EdgeCircuitState.HalfOpen);
        DeliveryLog.CircuitHalfOpened(logger, host);
    }

    public void Closed(string host)
    {
        Change(host, EdgeCircuitState.Closed);
        DeliveryLog.CircuitClosed(logger, host);
    }

    /// <summary>Gets the hosts whose circuit is not closed, with the time of the change.</summary>
    public IReadOnlyList<(string Host, EdgeCircuitState State, DateTimeOffset Since)> NotClosed() =>
        [.. _circuits.Where(c => c.Value.State != EdgeCircuitState.Closed).Select(c => (c.Key, c.Value.State, c.Value.Since))];

    private void Change(string host, EdgeCircuitState state)
    {
        _circuits[host] = (state, timeProvider.GetUtcNow());
        metrics.CircuitChanged(state);
    }
}
