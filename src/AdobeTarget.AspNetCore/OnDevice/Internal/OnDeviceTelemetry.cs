using System.Diagnostics;
using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>
/// The <see cref="AdobeTargetDiagnostics.DecideActivityName"/> span of one on-device decision (internal kind, tagged
/// <c>adobe_target.decisioning_method = on-device</c>). Nothing is allocated while no listener is attached.
/// </summary>
internal static class OnDeviceTelemetry
{
    /// <summary>Starts the span; <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartDecide(DeliveryRequest request)
    {
        var source = TargetActivitySource.Instance;
        if (!source.HasListeners())
        {
            return null;
        }

        var activity = source.StartActivity(AdobeTargetDiagnostics.DecideActivityName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.DecisioningMethod, TelemetryTags.OnDevice);
            activity.SetTag(TelemetryTags.ExecuteMboxes, request.Execute?.Mboxes?.Count ?? 0);
            activity.SetTag(TelemetryTags.PrefetchMboxes, request.Prefetch?.Mboxes?.Count ?? 0);
            activity.SetTag(TelemetryTags.PrefetchViews, request.Prefetch?.Views?.Count ?? 0);
            activity.SetTag(TelemetryTags.PageLoad, request.Execute?.PageLoad is not null || request.Prefetch?.PageLoad is not null);
        }

        return activity;
    }

    /// <summary>Records a decision: its status (200, or 206 when some of it needs the edge) and its notification count.</summary>
    public static void Decided(Activity? activity, OnDeviceDecision decision)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.DecisionStatus, decision.Response.Status);
            activity.SetTag(TelemetryTags.Notifications, decision.Notifications.Count);
            activity.SetTag(TelemetryTags.Outcome, TelemetryTags.Success);
        }
    }

    /// <summary>Records a failed decision.</summary>
    public static void Failed(Activity? activity, TargetDecisioningException failure)
    {
        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, failure.InnerException?.GetType().Name);
            if (activity.IsAllDataRequested)
            {
                activity.SetTag(TelemetryTags.Outcome, TelemetryTags.DecisioningError);
                activity.SetTag(TelemetryTags.ErrorType, failure.InnerException?.GetType().FullName ?? nameof(TargetDecisioningException));
            }
        }
    }
}
