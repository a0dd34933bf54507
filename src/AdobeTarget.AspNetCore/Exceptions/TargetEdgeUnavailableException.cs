namespace AdobeTarget;

/// <summary>
/// The call was not sent: the circuit breaker of its edge host is open after sustained failures
/// (<c>AdobeTarget:CircuitBreaker</c>). It fails at once, so the page can fall back to its default content.
/// </summary>
public sealed class TargetEdgeUnavailableException : TargetException
{
    /// <summary>Initializes a new instance of the <see cref="TargetEdgeUnavailableException"/> class.</summary>
    /// <param name="host">The edge host whose circuit is open.</param>
    /// <param name="retryAfter">At most how long until a probe call is let through (the configured break duration), when known.</param>
    /// <param name="requestId">The request's id.</param>
    /// <param name="innerException">The circuit breaker's exception.</param>
    public TargetEdgeUnavailableException(string host, TimeSpan? retryAfter, string? requestId, Exception? innerException = null)
        : base($"Adobe Target at {host} is unavailable: its circuit breaker is open after repeated failures; request {requestId ?? "(no id)"} was not sent.", requestId, innerException)
    {
        Host = host;
        RetryAfter = retryAfter;
    }

    /// <summary>Gets the edge host whose circuit is open.</summary>
    public string Host { get; }

    /// <summary>Gets at most how long until a probe call is let through (the configured break duration), when known.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
