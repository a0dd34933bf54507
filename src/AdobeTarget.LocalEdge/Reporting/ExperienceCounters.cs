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
    private long _onDeviceImpressions;

    public long Visitors => _visitors.Count;

    public long Impressions => Interlocked.Read(ref _impressions);

    public long Conversions => Interlocked.Read(ref _conversions);

    public long OnDeviceImpressions => Interlocked.Read(ref _onDeviceImpressions);

    /// <summary>Counts an impression: an execute on the edge, or a display notification (decided on device when its token is the artifact's).</summary>
    public void Impression(string visitorKey, bool onDevice = false)
    {
        Interlocked.Increment(ref _impressions);
        if (onDevice)
        {
            Interlocked.Increment(ref _onDeviceImpressions);
        }

        _visitors.TryAdd(visitorKey, 0);
    }

    /// <summary>Counts a converting visitor, who is also a visitor of the experience (so conversions never exceed visitors).</summary>
    public void Conversion(string visitorKey)
    {
        _visitors.TryAdd(visitorKey, 0);
        Interlocked.Increment(ref _conversions);
    }
}
