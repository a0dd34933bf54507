using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Sends queued notifications in the background: gathers what arrives within the batch window, groups it per
/// visitor and session, and sends the groups with bounded parallelism. On graceful shutdown it stops taking
/// notifications and drains the queue within the allowed time, then logs what it could not send.
/// </summary>
internal sealed class TargetNotificationWorker(
    NotificationQueue queue,
    NotificationSender sender,
    NotificationMetrics metrics,
    IOptions<AdobeTargetOptions> options,
    IOptions<HostOptions> hostOptions,
    TimeProvider timeProvider,
    ILogger<TargetNotificationWorker> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _abort = new();
    private readonly List<Task> _inFlight = [];
    private Task _run = Task.CompletedTask;
    private int _lostAtShutdown;
    private volatile bool _stopping;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        queue.WorkerStarted();
        _run = RunAsync();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        queue.Complete();
        var allowed = DrainTime();
        using var deadline = new CancellationTokenSource(allowed, timeProvider);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await _run.WaitAsync(stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Out of time: abandon what is still in flight or queued, and say how much.
            await _abort.CancelAsync().ConfigureAwait(false);
            await _run.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var lost = Volatile.Read(ref _lostAtShutdown) + DiscardQueued();
        if (lost > 0)
        {
            NotificationLog.LostAtShutdown(logger, lost, allowed.TotalSeconds);
        }
    }

    public void Dispose() => _abort.Dispose();

    /// <summary>The configured drain time, never more than 80% of the host's own shutdown timeout.</summary>
    internal TimeSpan DrainTime()
    {
        var configured = options.Value.Notifications.ShutdownTimeout;
        var hostLimit = hostOptions.Value.ShutdownTimeout * 0.8;
        return configured < hostLimit ? configured : hostLimit;
    }

    private async Task RunAsync()
    {
        var settings = options.Value.Notifications;
        using var slots = new SemaphoreSlim(settings.MaxConcurrency);
        var reader = queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_abort.Token).ConfigureAwait(false))
            {
                if (settings.BatchWindow > TimeSpan.Zero && !_stopping)
                {
                    await Task.Delay(settings.BatchWindow, timeProvider, _abort.Token).ConfigureAwait(false);
                }

                var items = new List<QueuedNotification>(Math.Min(reader.Count, settings.QueueCapacity));
                while (items.Count < settings.QueueCapacity && reader.TryRead(out var item))
                {
                    items.Add(item);
                }

                var dispatched = 0;
                try
                {
                    foreach (var batch in Batches(items, settings.MaxBatchSize))
                    {
                        await slots.WaitAsync(_abort.Token).ConfigureAwait(false);
                        Track(SendAsync(batch, slots));
                        dispatched += batch.Count;
                    }
                }
                catch (OperationCanceledException) when (_abort.IsCancellationRequested)
                {
                    Abandon(items.Count - dispatched); // taken from the queue, but shutdown ran out of time before they went
                    throw;
                }
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // Shutdown ran out of time; StopAsync counts what is left.
        }

        Task[] pending;
        lock (_inFlight)
        {
            pending = [.. _inFlight];
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    private async Task SendAsync(IReadOnlyList<QueuedNotification> batch, SemaphoreSlim slots)
    {
        try
        {
            var outcome = await sender.SendAsync(batch, _abort.Token).ConfigureAwait(false);
            if (outcome.Reason == NotificationSender.Shutdown)
            {
                Interlocked.Add(ref _lostAtShutdown, outcome.Undelivered.Count);
            }
        }
#pragma warning disable CA1031 // The worker must survive anything a batch throws; it is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            NotificationLog.WorkerFault(logger, batch.Count, e);
            metrics.Failed(batch.Count, NotificationSender.Error);
        }
        finally
        {
            queue.Done(batch.Count);
            slots.Release();
        }
    }

    private void Track(Task task)
    {
        lock (_inFlight)
        {
            _inFlight.RemoveAll(t => t.IsCompleted);
            _inFlight.Add(task);
        }
    }

    /// <summary>Groups notifications per visitor and session, in arrival order, cut to the batch size.</summary>
    internal static IEnumerable<IReadOnlyList<QueuedNotification>> Batches(List<QueuedNotification> items, int maxBatchSize)
    {
        var groups = new Dictionary<string, List<QueuedNotification>>(StringComparer.Ordinal);
        var order = new List<List<QueuedNotification>>();
        foreach (var item in items)
        {
            if (!groups.TryGetValue(item.Target.BatchKey, out var group))
            {
                groups[item.Target.BatchKey] = group = [];
                order.Add(group);
            }

            group.Add(item);
        }

        foreach (var group in order)
        {
            for (var start = 0; start < group.Count; start += maxBatchSize)
            {
                yield return group.GetRange(start, Math.Min(maxBatchSize, group.Count - start));
            }
        }
    }

    private void Abandon(int count)
    {
        Interlocked.Add(ref _lostAtShutdown, count);
        metrics.Failed(count, NotificationSender.Shutdown);
        queue.Done(count);
    }

    private int DiscardQueued()
    {
        var discarded = 0;
        while (queue.Reader.TryRead(out _))
        {
            discarded++;
        }

        if (discarded > 0)
        {
            metrics.Failed(discarded, NotificationSender.Shutdown);
            queue.Done(discarded);
        }

        return discarded;
    }
}
