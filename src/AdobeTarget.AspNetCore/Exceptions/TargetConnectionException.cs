namespace AdobeTarget;

/// <summary>The edge could not be reached: name resolution failed, the connection was refused or reset, or TLS failed.</summary>
public sealed class TargetConnectionException : TargetException
{
    /// <summary>Initializes a new instance of the <see cref="TargetConnectionException"/> class.</summary>
    /// <param name="host">The edge host that was called.</param>
    /// <param name="requestId">The id of the request.</param>
    /// <param name="innerException">The transport error (<see cref="HttpRequestException"/> or <see cref="IOException"/>).</param>
    public TargetConnectionException(string host, string? requestId, Exception innerException)
        : base($"Adobe Target at {host} could not be reached for request {requestId ?? "(no id)"}: {innerException.Message}", requestId, innerException)
    {
        Host = host;
    }

    /// <summary>Gets the edge host that was called.</summary>
    public string Host { get; }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
