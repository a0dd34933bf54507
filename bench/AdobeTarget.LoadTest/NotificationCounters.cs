using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AdobeTarget.LoadTest;

/// <summary>
/// Sums the notifier's counters from the <c>AdobeTarget</c> meter, and notes when the circuit breaker opens
/// (as <see cref="Stopwatch"/> timestamps, at most <see cref="MaxOpenings"/> of them).
/// </summary>
internal sealed class NotificationCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _queued;
    private long _sent;
    private long _failed;
    private long _dropped;
    private long _circuitChanges;
    private readonly ConcurrentQueue<long> _openings = new();

    /// <summary>The most circuit openings remembered.</summary>
    public const int MaxOpenings = 10_000;

    /// <param name="meterFactory">The application's meter factory: only its meter counts, not other hosts' in the process.</param>
    public NotificationCounters(IMeterFactory meterFactory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AdobeTargetDiagnostics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == AdobeTargetDiagnostics.CircuitStateChanges)
            {
                Interlocked.Add(ref _circuitChanges, value);
                if (_openings.Count < MaxOpenings && IsOpened(tags))
                {
                    _openings.Enqueue(Stopwatch.GetTimestamp());
                }

                return;
            }

            switch (instrument.Name)
            {
                case AdobeTargetDiagnostics.NotificationsQueued: Interlocked.Add(ref _queued, value); break;
                case AdobeTargetDiagnostics.NotificationsSent: Interlocked.Add(ref _sent, value); break;
                case AdobeTargetDiagnostics.NotificationsFailed: Interlocked.Add(ref _failed, value); break;
                case AdobeTargetDiagnostics.NotificationsDropped: Interlocked.Add(ref _dropped, value); break;
            }
        });
        _listener.Start();
    }

    public long Queued => Interlocked.Read(ref _queued);

    public long Sent => Interlocked.Read(ref _sent);

    public long Failed => Interlocked.Read(ref _failed);

    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Gets how many times a circuit changed state.</summary>
    public long CircuitChanges => Interlocked.Read(ref _circuitChanges);

    /// <summary>Gets the first time a circuit opened at or after <paramref name="since"/>, or null.</summary>
    public long? FirstOpenedSince(long since) => _openings.Where(t => t >= since).Select(t => (long?)t).Min();

    public void Dispose() => _listener.Dispose();

    private static bool IsOpened(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "state" && tag.Value is "open")
            {
                return true;
            }
        }

        return false;
    }
}
