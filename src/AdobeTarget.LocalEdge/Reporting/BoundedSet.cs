using System.Collections.Concurrent;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// A thread-safe set that stops growing at a limit. Once full, an item it does not hold is treated as new (so the
/// event it stands for is still counted) and counted as an overflow; nothing is evicted. <see cref="Count"/> is kept
/// with <see cref="Interlocked"/>, so reading it takes no lock (it may pass the limit by the number of racing adds).
/// </summary>
internal sealed class BoundedSet<T>(int capacity, IEqualityComparer<T>? comparer = null)
    where T : notnull
{
    private readonly ConcurrentDictionary<T, byte> _items = new(comparer);
    private long _count;
    private long _overflow;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Gets how many adds found the set full.</summary>
    public long Overflow => Interlocked.Read(ref _overflow);

    /// <summary>Adds an item: true when it is new (or the set is full and cannot tell), false when it was already there.</summary>
    public bool Add(T item)
    {
        if (_items.ContainsKey(item))
        {
            return false;
        }

        if (Interlocked.Read(ref _count) >= capacity)
        {
            Interlocked.Increment(ref _overflow);
            return true;
        }

        if (!_items.TryAdd(item, 0))
        {
            return false;
        }

        Interlocked.Increment(ref _count);
        return true;
    }

    public void Clear()
    {
        _items.Clear();
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _overflow, 0);
    }
}
