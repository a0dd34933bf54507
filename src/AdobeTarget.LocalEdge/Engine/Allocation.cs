using AdobeTarget.Decisioning;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>
/// Sticky allocation as Adobe's on-device engine computes it (<see cref="TargetAllocation"/>): a visitor's bucket
/// (0–9999) in an activity follows from the client code, the activity id and the visitor id, and the experiences take
/// consecutive bucket ranges in proportion to their weights. The published artifact's rules carry the same ranges
/// (<c>allocation &gt;= lo &amp;&amp; allocation &lt; hi</c>, boundaries in hundredths), so the edge and the engine agree.
/// </summary>
internal static class Allocation
{
    /// <summary>The number of buckets (allocation 0.00 to 99.99).</summary>
    public const int Buckets = 10_000;

    /// <summary>
    /// The range boundaries in buckets: experience <c>i</c> takes buckets <c>[b[i], b[i+1])</c>; <c>b[0] = 0</c>,
    /// <c>b[^1] = 10000</c>. An experience whose share rounds to nothing has an empty range.
    /// </summary>
    public static int[] Boundaries(LocalActivity activity)
    {
        var experiences = activity.Experiences;
        var total = Total(experiences);
        var boundaries = new int[experiences.Count + 1];
        var cumulative = 0.0;
        for (var i = 0; i < experiences.Count; i++)
        {
            cumulative += experiences[i].Weight;
            boundaries[i + 1] = Upper(i == experiences.Count - 1, cumulative, total, boundaries[i]);
        }

        return boundaries;
    }

    /// <summary>Chooses the experience whose range holds the visitor's bucket (the ranges of <see cref="Boundaries"/>, computed without allocating).</summary>
    public static LocalExperience Choose(LocalActivity activity, string clientCode, string visitorId)
    {
        var bucket = TargetAllocation.BucketOf(clientCode, activity.Id, visitorId);
        var experiences = activity.Experiences;
        var total = Total(experiences);
        var cumulative = 0.0;
        var lower = 0;
        for (var i = 0; i < experiences.Count; i++)
        {
            cumulative += experiences[i].Weight;
            lower = Upper(i == experiences.Count - 1, cumulative, total, lower);
            if (bucket < lower)
            {
                return experiences[i];
            }
        }

        return experiences[^1];
    }

    /// <summary>The weights' sum, added in order (so both methods see the very same total).</summary>
    private static double Total(IList<LocalExperience> experiences)
    {
        var total = 0.0;
        for (var i = 0; i < experiences.Count; i++)
        {
            total += experiences[i].Weight;
        }

        return total;
    }

    /// <summary>An experience's upper boundary: its cumulative share of the buckets, rounded; the last one ends at 10000.</summary>
    private static int Upper(bool last, double cumulative, double total, int lower) =>
        last ? Buckets : Math.Clamp((int)Math.Round(Buckets * cumulative / total, MidpointRounding.AwayFromZero), lower, Buckets);
}
