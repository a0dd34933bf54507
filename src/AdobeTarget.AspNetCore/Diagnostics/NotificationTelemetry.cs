using System.Diagnostics;

namespace AdobeTarget.Internal;

/// <summary>
/// The <see cref="AdobeTargetDiagnostics.NotifyActivityName"/> span of one notification batch, linked to the spans of
/// the requests that queued its notifications. Nothing is allocated while no listener is attached.
/// </summary>
internal static class NotificationTelemetry
{
    /// <summary>The most links one span carries (a batch holds at most a few hundred notifications, most from few requests).</summary>
    public const int MaxLinks = 128;

    /// <summary>Starts the batch's span; <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartNotify(IReadOnlyList<QueuedNotification> batch)
    {
        var source = TargetActivitySource.Instance;
        if (!source.HasListeners())
        {
            return null;
        }

        var activity = source.StartActivity(AdobeTargetDiagnostics.NotifyActivityName, ActivityKind.Producer, parentContext: default, links: LinksOf(batch));
        activity?.SetTag(TelemetryTags.Notifications, batch.Count);
        return activity;
    }

    /// <summary>Records what became of the batch: error status when any notification was not delivered.</summary>
    public static void Finished(Activity? activity, NotificationOutcome outcome)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(TelemetryTags.Undelivered, outcome.Undelivered.Count);
        if (outcome.Undelivered.Count > 0)
        {
            activity.SetStatus(ActivityStatusCode.Error, outcome.Reason);
        }
    }

    private static List<ActivityLink> LinksOf(IReadOnlyList<QueuedNotification> batch)
    {
        var seen = new HashSet<ActivitySpanId>();
        var links = new List<ActivityLink>();
        foreach (var queued in batch)
        {
            if (queued.Origin != default && links.Count < MaxLinks && seen.Add(queued.Origin.SpanId))
            {
                links.Add(new ActivityLink(queued.Origin));
            }
        }

        return links;
    }
}
