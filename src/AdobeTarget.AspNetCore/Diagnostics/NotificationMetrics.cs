using System.Diagnostics.Metrics;

namespace AdobeTarget.Internal;

/// <summary>The notifier's instruments on the <see cref="AdobeTargetDiagnostics.MeterName"/> meter.</summary>
internal sealed class NotificationMetrics
{
    private readonly Counter<long> _queued;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _retried;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _dropped;

    public NotificationMetrics(IMeterFactory meterFactory, NotificationQueue queue)
    {
        var meter = meterFactory.Create(AdobeTargetDiagnostics.MeterName);
        const string Unit = "{notification}";
        _queued = meter.CreateCounter<long>(AdobeTargetDiagnostics.NotificationsQueued, Unit, "Notifications accepted into the queue.");
        _sent = meter.CreateCounter<long>(AdobeTargetDiagnostics.NotificationsSent, Unit, "Notifications the edge acknowledged.");
        _retried = meter.CreateCounter<long>(AdobeTargetDiagnostics.NotificationsRetried, Unit, "Notifications sent again after a transient failure.");
        _failed = meter.CreateCounter<long>(AdobeTargetDiagnostics.NotificationsFailed, Unit, "Notifications given up.");
        _dropped = meter.CreateCounter<long>(AdobeTargetDiagnostics.NotificationsDropped, Unit, "Notifications dropped before queueing.");
        meter.CreateObservableGauge(AdobeTargetDiagnostics.NotificationQueueLength, () => (long)queue.Count, Unit, "Notifications waiting in the queue.");
    }

    public void Queued(int count) => _queued.Add(count);

    public void Sent(int count) => _sent.Add(count);

    public void Retried(int count) => _retried.Add(count);

    public void Failed(int count, string reason) => _failed.Add(count, new KeyValuePair<string, object?>("reason", reason));

    public void Dropped(int count, string reason) => _dropped.Add(count, new KeyValuePair<string, object?>("reason", reason));
}
