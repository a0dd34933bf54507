using System.Diagnostics;
using System.Diagnostics.Metrics;
using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>
/// The span and metrics of one Delivery API exchange: an <see cref="AdobeTargetDiagnostics.DeliverActivityName"/>
/// client span, the <see cref="AdobeTargetDiagnostics.DeliveryDuration"/> histogram and the
/// <see cref="AdobeTargetDiagnostics.DeliveryCalls"/> counter. Nothing is allocated while no listener is attached.
/// The tags never carry a visitor id, session id, token or the host name of a visitor's hint.
/// </summary>
internal sealed class DeliveryTelemetry
{
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _calls;
    private readonly TimeProvider _timeProvider;

    public DeliveryTelemetry(IMeterFactory meterFactory, TimeProvider timeProvider)
    {
        var meter = meterFactory.Create(AdobeTargetDiagnostics.MeterName);
        _duration = meter.CreateHistogram<double>(AdobeTargetDiagnostics.DeliveryDuration, "s", "Duration of Delivery API calls, by outcome and decisioning method.");
        _calls = meter.CreateCounter<long>(AdobeTargetDiagnostics.DeliveryCalls, "{call}", "Delivery API calls, by outcome.");
        _timeProvider = timeProvider;
    }

    /// <summary>Starts the exchange's client span, the current activity until it is disposed; <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartDeliver(DeliveryRequest request, EdgeAddress edge)
    {
        var source = TargetActivitySource.Instance;
        if (!source.HasListeners())
        {
            return null;
        }

        var activity = source.StartActivity(AdobeTargetDiagnostics.DeliverActivityName, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.DecisioningMethod, TelemetryTags.ServerSide);
            activity.SetTag(TelemetryTags.EdgeKind, TelemetryTags.KindOf(edge.Kind));
            activity.SetTag(TelemetryTags.ExecuteMboxes, request.Execute?.Mboxes?.Count ?? 0);
            activity.SetTag(TelemetryTags.PrefetchMboxes, request.Prefetch?.Mboxes?.Count ?? 0);
            activity.SetTag(TelemetryTags.PrefetchViews, request.Prefetch?.Views?.Count ?? 0);
            activity.SetTag(TelemetryTags.PageLoad, request.Execute?.PageLoad is not null || request.Prefetch?.PageLoad is not null);
            activity.SetTag(TelemetryTags.Notifications, request.Notifications?.Count ?? 0);
        }

        return activity;
    }

    /// <summary>Records the HTTP status of the edge's answer on the span.</summary>
    public static void Answered(Activity? activity, HttpResponseMessage response)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TelemetryTags.HttpStatusCode, (int)response.StatusCode);
        }
    }

    /// <summary>Records a successful exchange started at <paramref name="started"/> (a <see cref="TimeProvider"/> timestamp).</summary>
    public void Succeeded(Activity? activity, long started)
    {
        activity?.SetTag(TelemetryTags.Outcome, TelemetryTags.Success);
        Record(TelemetryTags.Success, started);
    }

    /// <summary>Records a failed exchange: outcome, HTTP status when the edge answered one, error status.</summary>
    public void Failed(Activity? activity, long started, TargetException exception)
    {
        var outcome = TelemetryTags.OutcomeOf(exception);
        if (activity is not null)
        {
            activity.SetTag(TelemetryTags.Outcome, outcome);
            activity.SetTag(TelemetryTags.ErrorType, outcome);
            var status = exception switch
            {
                TargetEdgeException edge => (int?)edge.StatusCode,
                TargetResponseFormatException format => (int)format.StatusCode,
                _ => null,
            };
            if (status is not null)
            {
                activity.SetTag(TelemetryTags.HttpStatusCode, status.Value);
            }

            activity.SetStatus(ActivityStatusCode.Error, outcome);
        }

        Record(outcome, started);
    }

    /// <summary>Records an exchange the caller cancelled.</summary>
    public void Canceled(Activity? activity, long started)
    {
        if (activity is not null)
        {
            activity.SetTag(TelemetryTags.Outcome, TelemetryTags.Canceled);
            activity.SetTag(TelemetryTags.ErrorType, TelemetryTags.Canceled);
            activity.SetStatus(ActivityStatusCode.Error, TelemetryTags.Canceled);
        }

        Record(TelemetryTags.Canceled, started);
    }

    /// <summary>
    /// Records an on-device decision started at <paramref name="started"/> in the duration histogram, tagged
    /// <c>on-device</c> (the calls counter counts edge exchanges only).
    /// </summary>
    public void DecidedLocally(long started, string outcome)
    {
        if (_duration.Enabled)
        {
            _duration.Record(
                _timeProvider.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome),
                new KeyValuePair<string, object?>(TelemetryTags.DecisioningMethod, TelemetryTags.OnDevice));
        }
    }

    private void Record(string outcome, long started)
    {
        if (_duration.Enabled)
        {
            _duration.Record(
                _timeProvider.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome),
                new KeyValuePair<string, object?>(TelemetryTags.DecisioningMethod, TelemetryTags.ServerSide));
        }

        if (_calls.Enabled)
        {
            _calls.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Outcome, outcome));
        }
    }
}
