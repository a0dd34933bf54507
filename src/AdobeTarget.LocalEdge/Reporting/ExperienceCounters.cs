namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// Thread-safe counts of one experience, as Target's reports count by default: distinct visitors, every impression,
/// and conversions once per visitor (the edge decides whether a conversion is the visitor's first in the activity).
/// </summary>
/// <param name="maxVisitors">The most distinct visitors remembered (<see cref="LocalEdgeOptions.MaxTrackedIds"/>); later ones are not counted as visitors.</param>
internal sealed class ExperienceCounters(int maxVisitors)
{
    private readonly BoundedSet<string> _visitors = new(maxVisitors, StringComparer.Ordinal);
    private long _impressions;
    private long _conversions;
    private long _onDeviceImpressions;

    public long Visitors => _visitors.Count;

    /// <summary>Gets how many visitors were seen after the visitor set was full.</summary>
    public long UntrackedVisitors => _visitors.Overflow;

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

        _visitors.Add(visitorKey);
    }

    /// <summary>Counts a converting visitor, who is also a visitor of the experience (so conversions never exceed visitors).</summary>
    public void Conversion(string visitorKey)
    {
        _visitors.Add(visitorKey);
        Interlocked.Increment(ref _conversions);
    }
}
