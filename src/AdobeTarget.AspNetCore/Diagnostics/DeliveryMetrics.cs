using System.Diagnostics.Metrics;

namespace AdobeTarget.Internal;

/// <summary>The metrics of the Delivery API transport, on the <see cref="AdobeTargetDiagnostics.MeterName"/> meter.</summary>
internal sealed class DeliveryMetrics
{
    private readonly Counter<long> _circuitChanges;

    public DeliveryMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(AdobeTargetDiagnostics.MeterName);
        _circuitChanges = meter.CreateCounter<long>(AdobeTargetDiagnostics.CircuitStateChanges, "{change}", "Changes of an edge host's circuit breaker state, by new state.");
    }

    public void CircuitChanged(EdgeCircuitState state) =>
        _circuitChanges.Add(1, new KeyValuePair<string, object?>("state", state switch
        {
            EdgeCircuitState.Open => "open",
            EdgeCircuitState.HalfOpen => "half_open",
            _ => "closed",
        }));
}
