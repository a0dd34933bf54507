using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Decides a completed request on this server with the loaded artifact: looks up geo when the artifact needs it,
/// runs the engine, buffers its telemetry entry and queues its display notifications through the notifier. Engine
/// failures become a <see cref="TargetDecisioningException"/>, logged at most once per 10 seconds.
/// </summary>
internal sealed class OnDeviceDecisions(
    IServiceProvider services,
    GeoLookup geo,
    TelemetryBuffer telemetry,
    ServerLocationHint serverHint,
    DeliveryTelemetry metrics,
    TargetNotifier notifier,
    IOptions<AdobeTargetOptions> options,
    TimeProvider timeProvider,
    ILogger<OnDeviceDecisions> logger)
{
    private readonly Lazy<OnDeviceDecider> _decider = new(services.GetRequiredService<OnDeviceDecider>); // built on the first local decision
    private readonly RateLimitedLog _failures = new(timeProvider);

    /// <summary>Decides <paramref name="completed"/> for <paramref name="visitor"/> with <paramref name="snapshot"/>.</summary>
    /// <exception cref="TargetDecisioningException">The engine failed.</exception>
    public async ValueTask<OnDeviceDecision> DecideAsync(ArtifactSnapshot snapshot, DeliveryRequest completed, ResolvedVisitor visitor, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var artifact = snapshot.Artifact;
        var started = timeProvider.GetTimestamp();
        using var activity = OnDeviceTelemetry.StartDecide(completed);
        Geo? lookedUp = null;
        if (settings.OnDevice.GeoLookup && OnDeviceDecider.NeedsGeoLookup(artifact, completed))
        {
            lookedUp = await geo.LocateAsync(completed.Context?.Geo?.IpAddress, cancellationToken).ConfigureAwait(false);
        }

        OnDeviceDecision decision;
        try
        {
            decision = _decider.Value.Decide(artifact, new OnDeviceRequest
            {
                Request = completed,
                ClientCode = settings.ClientCode ?? string.Empty,
                SessionId = visitor.SessionId,
                LocationHint = visitor.LocationHint ?? serverHint.Current, // a new visitor: the cluster this server uses
                LookedUpGeo = lookedUp,
                ArtifactLocation = snapshot.TraceLocation,
            });
        }
#pragma warning disable CA1031 // Whatever the engine throws becomes the one typed failure of the call.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var failure = new TargetDecisioningException(completed.RequestId, e);
            OnDeviceTelemetry.Failed(activity, failure);
            metrics.DecidedLocally(started, TelemetryTags.DecisioningError);
            Failed(failure);
            throw failure;
        }

        if (settings.OnDevice.Telemetry)
        {
            telemetry.Add(decision.Telemetry);
        }

        OnDeviceTelemetry.Decided(activity, decision);
        metrics.DecidedLocally(started, TelemetryTags.Success);
        return decision;
    }

    /// <summary>
    /// Sends the decision's display notifications (executes only), and any notifications the caller's request carried
    /// (an edge call would have delivered them), for the response's visitor: queued and batched per visitor like every
    /// notification, or sent before returning when <see cref="TargetNotificationOptions.Inline"/> is on; an inline
    /// failure is logged and counted by the notifier, not thrown (the content was decided).
    /// </summary>
    public async ValueTask NotifyAsync(OnDeviceDecision decision, TargetDeliveryResponse response, CancellationToken cancellationToken)
    {
        IReadOnlyList<Notification> notifications = response.Request?.Notifications is { Count: > 0 } carried
            ? [.. carried, .. decision.Notifications]
            : decision.Notifications;
        if (notifications.Count == 0)
        {
            return;
        }

        try
        {
            await notifier.EnqueueDecidedAsync(notifications, NotificationTarget.Of(response), cancellationToken).ConfigureAwait(false);
        }
        catch (TargetNotificationException)
        {
            // The notifier has logged and counted the failure.
            OnDeviceLog.DecidedNotificationsNotSent(logger, notifications.Count);
        }
    }

    /// <summary>Logs a failed local call: at most one line per kind per 10 seconds.</summary>
    public void Failed(TargetException failure)
    {
        var kind = DeliveryFailures.KindOf(failure);
        if (_failures.ShouldLog(kind, out var suppressed))
        {
            OnDeviceLog.DecisionFailed(logger, LogText.Clean(failure.RequestId, 64), kind, LogText.Clean(failure.Message) ?? kind, suppressed, failure.InnerException);
        }
    }
}
