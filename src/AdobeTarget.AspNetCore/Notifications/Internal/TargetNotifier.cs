using System.Diagnostics;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>The <see cref="ITargetNotifier"/>: builds notifications and queues them (or, inline, sends them at once).</summary>
internal sealed class TargetNotifier(
    NotificationQueue queue,
    NotificationSender sender,
    NotificationMetrics metrics,
    IOptions<AdobeTargetOptions> options,
    TimeProvider timeProvider,
    VisitorResolver visitors,
    ILogger<TargetNotifier> logger) : ITargetNotifier
{
    private static readonly TimeSpan DropReportInterval = TimeSpan.FromSeconds(10);
    private long _droppedSinceReport;
    private long _lastDropReport = long.MinValue;

    public ValueTask NotifyDisplayAsync(TargetDeliveryResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Enqueue(NotificationFactory.Display(response, null, Now()), NotificationTarget.Of(response), cancellationToken);
    }

    public ValueTask NotifyDisplayAsync(TargetDeliveryResponse response, TargetDisplayed displayed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(displayed);
        return Enqueue(NotificationFactory.Display(response, displayed, Now()), NotificationTarget.Of(response), cancellationToken);
    }

    public ValueTask NotifyClickAsync(TargetDeliveryResponse response, TargetClick click, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(click);
        return Enqueue([NotificationFactory.Click(response, click, Now())], NotificationTarget.Of(response), cancellationToken);
    }

    public ValueTask NotifyClickAsync(TargetClick click, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(click);
        var notification = NotificationFactory.Click(click, Now());
        var visitor = CurrentVisitor() ?? throw new InvalidOperationException(
            "A click without its prefetch response needs the visitor of the current request: call it while handling a request that went through app.UseAdobeTarget(), or use NotifyAsync with TargetDeliveryOptions.");
        return Enqueue([notification], visitor, cancellationToken);
    }

    public ValueTask NotifyAsync(IEnumerable<Notification> notifications, TargetDeliveryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var ready = notifications.ToList();
        NotificationRules.ThrowIfIncomplete(ready);
        var target = options is null
            ? CurrentVisitor() ?? throw new InvalidOperationException("Name the visitor with TargetDeliveryOptions, or call inside a request that went through app.UseAdobeTarget().")
            : NotificationTargets.For(visitors.Resolve(options), options.Request, options.CustomerIds);
        return Enqueue(ready, target, cancellationToken);
    }

    /// <summary>
    /// Queues ready notifications (an on-device decision's displays) for a visitor already resolved, like every other
    /// notification: batched per visitor, retried, drained at shutdown, counted; or sent at once when inline.
    /// </summary>
    internal ValueTask EnqueueDecidedAsync(IReadOnlyList<Notification> notifications, NotificationTarget target, CancellationToken cancellationToken) =>
        Enqueue([.. notifications], target, cancellationToken);

    public Task FlushAsync(CancellationToken cancellationToken = default) =>
        queue.HasWorker ? queue.WhenIdleAsync(cancellationToken) : SendQueuedAsync(cancellationToken);

    /// <summary>
    /// Without a running host no worker reads the queue (a console job, a test with a bare service provider): the
    /// flush sends it in the caller, batched per visitor as the worker does, then waits for any other sends in flight.
    /// </summary>
    private async Task SendQueuedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Notifications;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency };
        var items = new List<QueuedNotification>();
        while (true)
        {
            items.Clear();
            while (items.Count < settings.QueueCapacity && queue.Reader.TryRead(out var item))
            {
                items.Add(item);
            }

            if (items.Count == 0)
            {
                break;
            }

            // Every batch taken runs to an outcome: a cancelled token gives the rest up (reason shutdown) at once.
            await Parallel.ForEachAsync(
                TargetNotificationWorker.Batches(items, settings.MaxBatchSize),
                parallel,
                (batch, _) => new ValueTask(SendBatchAsync(batch, cancellationToken))).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        await queue.WhenIdleAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SendBatchAsync(IReadOnlyList<QueuedNotification> batch, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(batch, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A batch's unexpected failure must not stop the others; it is logged and counted.
        catch (Exception e)
#pragma warning restore CA1031
        {
            NotificationLog.WorkerFault(logger, batch.Count, e);
            metrics.Failed(batch.Count, NotificationSender.Error);
        }
        finally
        {
            queue.Done(batch.Count);
        }
    }

    private ValueTask Enqueue(List<Notification> notifications, NotificationTarget target, CancellationToken cancellationToken)
    {
        if (notifications.Count == 0)
        {
            return ValueTask.CompletedTask;
        }

        if (options.Value.Notifications.Inline)
        {
            return new ValueTask(SendInlineAsync(notifications, target, cancellationToken));
        }

        var queued = 0;
        foreach (var notification in notifications)
        {
            if (queue.TryEnqueue(new QueuedNotification(notification, target, Activity.Current?.Context ?? default)))
            {
                queued++;
            }
        }

        metrics.Queued(queued);
        if (queued < notifications.Count)
        {
            Drop(notifications.Count - queued);
        }

        return ValueTask.CompletedTask;
    }

    private async Task SendInlineAsync(List<Notification> notifications, NotificationTarget target, CancellationToken cancellationToken)
    {
        var size = options.Value.Notifications.MaxBatchSize;
        var outcome = NotificationOutcome.Delivered;
        for (var start = 0; start < notifications.Count; start += size)
        {
            var batch = notifications.Skip(start).Take(size).Select(n => new QueuedNotification(n, target, Activity.Current?.Context ?? default)).ToList();
            outcome = NotificationOutcome.Merge(outcome, await sender.SendAsync(batch, cancellationToken).ConfigureAwait(false));
        }

        if (outcome.Undelivered.Count > 0)
        {
            throw new TargetNotificationException(outcome.Undelivered, outcome.Reason ?? "not delivered", outcome.LastFailure);
        }
    }

    /// <summary>Counts a drop; logs at most once per interval, with the count since the last report.</summary>
    private void Drop(int count)
    {
        var reason = queue.IsCompleted ? "stopped" : "queue_full";
        metrics.Dropped(count, reason);
        var dropped = Interlocked.Add(ref _droppedSinceReport, count);
        var now = timeProvider.GetTimestamp();
        var last = Interlocked.Read(ref _lastDropReport);
        if ((last == long.MinValue || timeProvider.GetElapsedTime(last, now) >= DropReportInterval) &&
            Interlocked.CompareExchange(ref _lastDropReport, now, last) == last)
        {
            Interlocked.Add(ref _droppedSinceReport, -dropped);
            NotificationLog.Dropped(logger, dropped, reason == "stopped" ? "the application is stopping" : "the queue is full");
        }
    }

    private NotificationTarget? CurrentVisitor() =>
        visitors.Resolve(new TargetDeliveryOptions()) is { IsFromRequest: true } visitor ? NotificationTargets.For(visitor, null, null) : null;

    private long Now() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
}
