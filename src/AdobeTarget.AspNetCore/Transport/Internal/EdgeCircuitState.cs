namespace AdobeTarget.Internal;

/// <summary>The state of an edge host's circuit breaker.</summary>
internal enum EdgeCircuitState
{
    /// <summary>Calls go through.</summary>
    Closed,

    /// <summary>Calls fail at once.</summary>
    Open,

    /// <summary>A probe call goes through; its outcome closes or reopens the circuit.</summary>
    HalfOpen,
}
