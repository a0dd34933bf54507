namespace AdobeTarget;

/// <summary>A call took longer than <see cref="AdobeTargetOptions.Timeout"/> and was abandoned.</summary>
public sealed class TargetTimeoutException : TargetException
{
    /// <summary>Initializes a new instance of the <see cref="TargetTimeoutException"/> class.</summary>
    /// <param name="timeout">The time allowed.</param>
    /// <param name="requestId">The id of the request that timed out.</param>
    /// <param name="innerException">The cancellation that ended the call.</param>
    public TargetTimeoutException(TimeSpan timeout, string? requestId, Exception? innerException = null)
        : base($"Adobe Target did not answer request {requestId ?? "(no id)"} within {timeout.TotalMilliseconds:0} ms (AdobeTarget:Timeout).", requestId, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>Gets the time that was allowed.</summary>
    public TimeSpan Timeout { get; }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
