using System.Net;

namespace AdobeTarget.Internal;

/// <summary>Names and classifies the failures of a Delivery API exchange.</summary>
internal static class DeliveryFailures
{
    /// <summary>Gets a short, low-cardinality name of the failure, for logs and the health check.</summary>
    public static string KindOf(TargetException exception) => exception switch
    {
        TargetTimeoutException => "timeout",
        TargetEdgeUnavailableException => "circuit open",
        TargetConnectionException => "connection",
        TargetEdgeException edge => $"status {(int)edge.StatusCode}",
        TargetArtifactUnavailableException => "artifact unavailable",
        TargetDecisioningException => "decisioning",
        _ => "invalid response body",
    };

    /// <summary>
    /// Gets whether the failure is one an outage brings in numbers (timeouts, connection failures, 5xx): logged as one
    /// line per interval instead of once per call.
    /// </summary>
    public static bool IsExpected(TargetException exception) => exception switch
    {
        TargetTimeoutException or TargetConnectionException or TargetEdgeUnavailableException => true,
        TargetEdgeException edge => (int)edge.StatusCode >= 500,
        _ => false,
    };

    /// <summary>Gets whether the failure says something about the edge rather than about the request (a 400 does not).</summary>
    public static bool IsAboutTheEdge(TargetException exception) =>
        exception is not TargetEdgeException { StatusCode: HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity };
}
