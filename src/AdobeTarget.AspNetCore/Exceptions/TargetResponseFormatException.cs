using System.Net;

namespace AdobeTarget;

/// <summary>The edge answered with a success status but the body was not a Delivery API response (not JSON, empty, or of the wrong shape).</summary>
public sealed class TargetResponseFormatException : TargetException
{
    /// <summary>Initializes a new instance of the <see cref="TargetResponseFormatException"/> class.</summary>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="reason">What was wrong with the body.</param>
    /// <param name="requestId">The id of the request.</param>
    /// <param name="innerException">The parsing error, if any.</param>
    public TargetResponseFormatException(HttpStatusCode statusCode, string reason, string? requestId, Exception? innerException = null)
        : base($"Adobe Target answered {(int)statusCode} to request {requestId ?? "(no id)"} with a body that is not a Delivery API response: {reason}", requestId, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>Gets the HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
