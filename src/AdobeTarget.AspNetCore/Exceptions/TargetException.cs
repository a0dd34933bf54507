namespace AdobeTarget;

/// <summary>A Delivery API call that did not succeed. Catch this type to fall back to default content.</summary>
public abstract class TargetException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="TargetException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="requestId">The id of the request that failed.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected TargetException(string message, string? requestId, Exception? innerException = null)
        : base(message, innerException)
    {
        RequestId = requestId;
    }

    /// <summary>Gets the <c>requestId</c> of the request that failed, to find it in Target's traces.</summary>
    public string? RequestId { get; }

    /// <summary>Gets a value indicating whether the same call may succeed if tried again later (5xx, 408, 429, timeouts, connection failures).</summary>
    public abstract bool IsTransient { get; }

    /// <summary>Gets or sets the host and port of the edge the exchange went to, for the client's log line.</summary>
    internal string? EdgeAuthority { get; set; }
}
