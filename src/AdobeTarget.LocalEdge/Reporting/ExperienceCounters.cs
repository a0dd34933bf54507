using System.Collections.Concurrent;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// Thread-safe counts of one experience, as Target's reports count by default: distinct visitors, every impression,
/// and conversions once per visitor (the edge decides whether a conversion is the visitor's first in the activity).
/// </summary>
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

    /// <summary>Counts a converting visitor, who is also a visitor of the experience (so conversions never exceed visitors).</summary>
    public void Conversion(string visitorKey)
    {
        _visitors.TryAdd(visitorKey, 0);
        Interlocked.Increment(ref _conversions);
    }
}
