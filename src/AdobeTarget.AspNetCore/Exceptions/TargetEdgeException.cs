using System.Net;

namespace AdobeTarget;

/// <summary>The edge answered with an error status (4xx or 5xx).</summary>
public sealed class TargetEdgeException : TargetException
{
    /// <summary>Initializes a new instance of the <see cref="TargetEdgeException"/> class.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="edgeMessage">The <c>message</c> of the edge's <c>{status, message}</c> body, if it had one.</param>
    /// <param name="requestId">The id of the request that failed.</param>
    public TargetEdgeException(HttpStatusCode statusCode, string? edgeMessage, string? requestId)
        : base(Describe(statusCode, edgeMessage, requestId), requestId)
    {
        StatusCode = statusCode;
        EdgeMessage = edgeMessage;
    }

    /// <summary>Gets the HTTP status of the edge's answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets the edge's own message (control characters removed, at most 500 characters), if it sent one.</summary>
    public string? EdgeMessage { get; }

    /// <inheritdoc />
    public override bool IsTransient => (int)StatusCode >= 500 || StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private static string Describe(HttpStatusCode statusCode, string? edgeMessage, string? requestId) =>
        $"Adobe Target answered {(int)statusCode} ({statusCode}) to request {requestId ?? "(no id)"}: " +
        (edgeMessage ?? "the body carried no {status, message} error.");
}
