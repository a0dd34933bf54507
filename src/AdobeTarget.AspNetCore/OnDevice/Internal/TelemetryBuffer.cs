using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.Internal;

/// <summary>
/// The telemetry entries of local decisions, waiting for the next request sent to the edge (a client call or a
/// notification batch), which carries them as <c>telemetry.entries</c>; taking them clears the buffer. Bounded: when
/// full, the oldest entry is dropped and counted. Entries taken by an exchange that then fails are not put back
/// (telemetry is best effort, as in Adobe's SDKs).
/// </summary>
internal sealed class TelemetryBuffer(TimeProvider timeProvider, ILogger<TelemetryBuffer> logger)
{
    /// <summary>The most entries kept.</summary>
    public const int Capacity = 200;

    private readonly Queue<TelemetryEntry> _entries = new();
    private readonly RateLimitedLog _dropLog = new(timeProvider);
    private long _dropped;
    private long _droppedSinceReport;
    private int _count;

    /// <summary>Gets how many entries were dropped because the buffer was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Gets how many entries wait.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Adds an entry, dropping the oldest when full.</summary>
    public void Add(TelemetryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var dropped = false;
        lock (_entries)
        {
            if (_entries.Count >= Capacity)
            {
                _entries.Dequeue();
                dropped = true;
            }

            _entries.Enqueue(entry);
            Volatile.Write(ref _count, _entries.Count);
        }

        if (dropped)
        {
            Interlocked.Increment(ref _dropped);
            var since = Interlocked.Increment(ref _droppedSinceReport);
            if (_dropLog.ShouldLog("dropped", out _))
            {
                Interlocked.Add(ref _droppedSinceReport, -since);
                OnDeviceLog.TelemetryDropped(logger, since);
            }
        }
    }

    /// <summary>
    /// Returns <paramref name="request"/> carrying the waiting entries after any it already has, and clears the
    /// buffer; the same instance when nothing waits. The request given is never modified.
    /// </summary>
    public DeliveryRequest Attach(DeliveryRequest request)
    {
        if (Volatile.Read(ref _count) == 0)
        {
            return request;
        }

        TelemetryEntry[] taken;
        lock (_entries)
        {
            if (_entries.Count == 0)
            {
                return request;
            }

            taken = [.. _entries];
            _entries.Clear();
            Volatile.Write(ref _count, 0);
        }

        var existing = request.Telemetry?.Entries ?? [];
        return request with
        {
            Telemetry = (request.Telemetry ?? new Telemetry()) with { Entries = [.. existing, .. taken] },
        };
    }
}
