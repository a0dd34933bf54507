namespace AdobeTarget;

/// <summary>The stable names of the integration's traces and metrics, for OpenTelemetry and <c>dotnet-counters</c>.</summary>
public static class AdobeTargetDiagnostics
{
    /// <summary>The name of the integration's <see cref="System.Diagnostics.ActivitySource"/> (the same as the meter's).</summary>
    public const string ActivitySourceName = "AdobeTarget";

    /// <summary>The name of the client span of one Delivery API exchange (kind <c>Client</c>).</summary>
    public const string DeliverActivityName = "adobe_target.deliver";

    /// <summary>The name of the span of one notification batch (kind <c>Producer</c>), linked to the spans of the requests that queued its notifications.</summary>
    public const string NotifyActivityName = "adobe_target.notify";

    /// <summary>The name of the internal span of one on-device decision (tagged with the decisioning method).</summary>
    public const string DecideActivityName = "adobe_target.decide";

    /// <summary>Histogram of Delivery API call durations, tagged <c>adobe_target.outcome</c> and <c>adobe_target.decisioning_method</c> (<c>s</c>).</summary>
    public const string DeliveryDuration = "adobe_target.delivery.duration";

    /// <summary>Counter of Delivery API calls, tagged <c>adobe_target.outcome</c> (<c>{call}</c>).</summary>
    public const string DeliveryCalls = "adobe_target.delivery.calls";

    /// <summary>The name of the integration's <see cref="System.Diagnostics.Metrics.Meter"/>.</summary>
    public const string MeterName = "AdobeTarget";

    /// <summary>Counter of notifications accepted into the queue (<c>{notification}</c>).</summary>
    public const string NotificationsQueued = "adobe_target.notifications.queued";

    /// <summary>Counter of notifications the edge acknowledged (<c>{notification}</c>).</summary>
    public const string NotificationsSent = "adobe_target.notifications.sent";

    /// <summary>Counter of notifications sent again after a transient failure (<c>{notification}</c>).</summary>
    public const string NotificationsRetried = "adobe_target.notifications.retried";

    /// <summary>Counter of notifications given up, tagged <c>reason</c>: <c>rejected</c>, <c>not_acknowledged</c>, <c>error</c>, <c>shutdown</c> (<c>{notification}</c>).</summary>
    public const string NotificationsFailed = "adobe_target.notifications.failed";

    /// <summary>Counter of notifications dropped before queueing, tagged <c>reason</c>: <c>queue_full</c>, <c>stopped</c> (<c>{notification}</c>).</summary>
    public const string NotificationsDropped = "adobe_target.notifications.dropped";

    /// <summary>Gauge of notifications waiting in the queue (<c>{notification}</c>).</summary>
    public const string NotificationQueueLength = "adobe_target.notifications.queue_length";

    /// <summary>The counter of edge circuit breaker state changes (tag <c>state</c>: <c>open</c>, <c>half_open</c>, <c>closed</c>).</summary>
    public const string CircuitStateChanges = "adobe_target.circuit_breaker.state_changes";

    /// <summary>Counter of on-device rules artifact downloads, tagged <c>outcome</c>: <c>loaded</c>, <c>not_modified</c>, <c>failed</c>, <c>refused</c> (<c>{download}</c>).</summary>
    public const string ArtifactDownloads = "adobe_target.artifact.downloads";

    /// <summary>Gauge of the time since the rules artifact was last loaded or confirmed current (304); nothing before the first load (<c>s</c>).</summary>
    public const string ArtifactAge = "adobe_target.artifact.age";

    /// <summary>Gauge of the number of rules in the loaded rules artifact; nothing before the first load (<c>{rule}</c>).</summary>
    public const string ArtifactRules = "adobe_target.artifact.rules";
}
