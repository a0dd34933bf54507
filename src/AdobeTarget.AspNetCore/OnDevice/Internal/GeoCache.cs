using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>
/// Geo lookups by IP address, kept for <see cref="TimeToLive"/>, at most <see cref="Capacity"/> addresses: when full,
/// the least recently used address is evicted. Thread-safe (one lock; every operation is O(1)).
/// </summary>
internal sealed class GeoCache(TimeProvider timeProvider)
{
    /// <summary>The most addresses kept.</summary>
    public const int Capacity = 10_000;

    /// <summary>How long a lookup is kept.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromHours(1);

    private readonly Dictionary<string, LinkedListNode<Entry>> _index = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();

    /// <summary>Gets the number of addresses kept.</summary>
    public int Count
    {
        get
        {
            lock (_index)
            {
                return _index.Count;
            }
        }
    }

    /// <summary>Finds a live lookup of <paramref name="ipAddress"/> (its geo may be <see langword="null"/>: known to be unknown).</summary>
    public bool TryGet(string ipAddress, out Geo? geo)
    {
        var now = timeProvider.GetUtcNow();
        lock (_index)
        {
            if (_index.TryGetValue(ipAddress, out var node))
            {
                if (node.Value.Expires > now)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    geo = node.Value.Geo;
                    return true;
                }

                _recency.Remove(node);
                _index.Remove(ipAddress);
            }
        }

        geo = null;
        return false;
    }

    /// <summary>Keeps the lookup of <paramref name="ipAddress"/>, evicting the least recently used address when full.</summary>
    public void Set(string ipAddress, Geo? geo)
    {
        var entry = new Entry(ipAddress, geo, timeProvider.GetUtcNow() + TimeToLive);
        lock (_index)
        {
            if (_index.TryGetValue(ipAddress, out var existing))
            {
                _recency.Remove(existing);
                _index.Remove(ipAddress);
            }
            else if (_index.Count >= Capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _index.Remove(oldest.Value.IpAddress);
            }

            _index[ipAddress] = _recency.AddFirst(entry);
        }
    }

    private sealed record Entry(string IpAddress, Geo? Geo, DateTimeOffset Expires);
}
