using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning;

/// <summary>The outcome of an on-device decision: the response, and what the caller must send to Target.</summary>
public sealed class OnDeviceDecision
{
    internal OnDeviceDecision(DeliveryResponse response, IReadOnlyList<Notification> notifications, TelemetryEntry telemetry)
    {
        Response = response;
        Notifications = notifications;
        Telemetry = telemetry;
    }

    /// <summary>
    /// The Delivery API response as the edge would shape it: status 200, or 206 when some requested mboxes or views
    /// need the edge (then listed under <c>remoteMboxes</c>/<c>remoteViews</c> in
    /// <see cref="WireObject.AdditionalProperties"/>). <c>id</c> carries the visitor id, with a newly minted tntId
    /// when the request had no id.
    /// </summary>
    public DeliveryResponse Response { get; }

    /// <summary>
    /// The display notifications the execute part requires (none for prefetch), to send in one notifications call
    /// together with the request's <c>id</c>, <c>context</c> and <c>experienceCloud</c>.
    /// </summary>
    public IReadOnlyList<Notification> Notifications { get; }

    /// <summary>The telemetry entry for this decision (mode <c>local</c>, execution time, request features).</summary>
    public TelemetryEntry Telemetry { get; }
}
