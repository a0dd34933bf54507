using System.Collections.Concurrent;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>Thread-safe counts of one experience.</summary>
internal sealed class ExperienceCounters
{
    private readonly ConcurrentDictionary<string, byte> _visitors = new(StringComparer.Ordinal);
    private long _impressions;
    private long _conversions;

    public long Visitors => _visitors.Count;

    public long Impressions => Interlocked.Read(ref _impressions);

    public long Conversions => Interlocked.Read(ref _conversions);

    public void Impression(string visitorKey)
    {
        Interlocked.Increment(ref _impressions);
        _visitors.TryAdd(visitorKey, 0);
    }

    public void Conversion() => Interlocked.Increment(ref _conversions);
}
