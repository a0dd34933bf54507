using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// The bounded queue between <see cref="ITargetNotifier"/> calls and the worker. Writing never waits: when the
/// queue is full the write fails and the caller counts a drop. Tracks what is queued or in flight, for flushing.
/// The worker reads it while a host runs; without one, <see cref="ITargetNotifier.FlushAsync"/> reads it in the
/// caller, so it allows several readers (a flush may still be sending when a host starts the worker).
/// </summary>
internal sealed class NotificationQueue
{
    private readonly Channel<QueuedNotification> _channel;
    private readonly object _gate = new();
    private int _outstanding;
    private TaskCompletionSource? _idle;
    private bool _completed;
    private bool _workerStarted;

    public NotificationQueue(IOptions<AdobeTargetOptions> options)
    {
        _channel = Channel.CreateBounded<QueuedNotification>(new BoundedChannelOptions(options.Value.Notifications.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    public ChannelReader<QueuedNotification> Reader => _channel.Reader;

    /// <summary>Gets the number of notifications waiting in the queue.</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>Gets the number of notifications queued or being sent.</summary>
    public int Outstanding
    {
        get
        {
            lock (_gate)
            {
                return _outstanding;
            }
        }
    }

    /// <summary>Gets a value indicating whether the queue takes no more notifications (the host is stopping).</summary>
    public bool IsCompleted => Volatile.Read(ref _completed);

    /// <summary>Gets a value indicating whether a host has started the worker that sends in the background.</summary>
    public bool HasWorker => Volatile.Read(ref _workerStarted);

    /// <summary>Records that the worker runs: from now on it sends what is queued.</summary>
    public void WorkerStarted() => Volatile.Write(ref _workerStarted, true);

    public bool TryEnqueue(in QueuedNotification item)
    {
        lock (_gate)
        {
            if (_outstanding++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        if (_channel.Writer.TryWrite(item))
        {
            return true;
        }

        Done(1);
        return false;
    }

    /// <summary>Marks notifications as finished: delivered or given up.</summary>
    public void Done(int count)
    {
        TaskCompletionSource? idle = null;
        lock (_gate)
        {
            _outstanding -= count;
            if (_outstanding == 0)
            {
                idle = _idle;
            }
        }

        idle?.TrySetResult();
    }

    /// <summary>Completes when nothing is queued or in flight.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _outstanding == 0 || _idle is null ? Task.CompletedTask : _idle.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Takes no more notifications; the worker drains what is left.</summary>
    public void Complete()
    {
        Volatile.Write(ref _completed, true);
        _channel.Writer.TryComplete();
    }
}
