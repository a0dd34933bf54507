namespace AdobeTarget.Internal;

/// <summary>The tag names and values of the integration's spans and metrics (all low in cardinality).</summary>
internal static class TelemetryTags
{
    public const string DecisioningMethod = "adobe_target.decisioning_method";
    public const string Outcome = "adobe_target.outcome";
    public const string EdgeKind = "adobe_target.edge.kind";
    public const string ExecuteMboxes = "adobe_target.execute.mboxes";
    public const string PrefetchMboxes = "adobe_target.prefetch.mboxes";
    public const string PrefetchViews = "adobe_target.prefetch.views";
    public const string PageLoad = "adobe_target.page_load";
    public const string Notifications = "adobe_target.notifications";
    public const string Undelivered = "adobe_target.notifications.undelivered";
    public const string HttpStatusCode = "http.response.status_code";
    public const string ErrorType = "error.type";

    public const string ServerSide = "server-side";
    public const string OnDevice = "on-device";
    public const string DecisionStatus = "adobe_target.decision.status";
    public const string DecisioningError = "decisioning_error";

    public const string Success = "success";
    public const string Timeout = "timeout";
    public const string Connection = "connection";
    public const string EdgeError = "edge_error";
    public const string InvalidResponse = "invalid_response";
    public const string CircuitOpen = "circuit_open";
    public const string Canceled = "canceled";

    /// <summary>Gets the outcome tag of a failed exchange.</summary>
    public static string OutcomeOf(TargetException exception) => exception switch
    {
        TargetTimeoutException => Timeout,
        TargetConnectionException => Connection,
        TargetEdgeUnavailableException => CircuitOpen,
        TargetEdgeException => EdgeError,
        _ => InvalidResponse,
    };

    /// <summary>Gets the edge host kind tag.</summary>
    public static string KindOf(EdgeHostKind kind) => kind switch
    {
        EdgeHostKind.Hint => "hint",
        EdgeHostKind.Custom => "custom",
        _ => "default",
    };
}
