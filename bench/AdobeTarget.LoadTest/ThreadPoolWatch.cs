namespace AdobeTarget.LoadTest;

/// <summary>Samples the thread pool: starved pools (sync-over-async) show as many threads and a long queue.</summary>
internal sealed class ThreadPoolWatch
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private int _maxThreads;
    private long _maxPending;

    public ThreadPoolWatch() => _sampling = SampleAsync();

    public async Task<(int Threads, long Pending)> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
        return (_maxThreads, _maxPending);
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            _maxThreads = Math.Max(_maxThreads, ThreadPool.ThreadCount);
            _maxPending = Math.Max(_maxPending, ThreadPool.PendingWorkItemCount);
            await Task.Delay(50).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
