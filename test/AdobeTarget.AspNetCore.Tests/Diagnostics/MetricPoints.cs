using OpenTelemetry.Metrics;

namespace AdobeTarget.AspNetCore.Tests.Diagnostics;

/// <summary>Reads exported metric points by their tags.</summary>
public static class MetricPoints
{
    public static Dictionary<string, object?> TagsOf(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }

    /// <summary>Gets the one point whose <c>adobe_target.outcome</c> tag is <paramref name="outcome"/>.</summary>
    public static MetricPoint WithOutcome(MetricSnapshot metric, string outcome) =>
        Assert.Single(metric.MetricPoints, p => Equals(TagsOf(p).GetValueOrDefault("adobe_target.outcome"), outcome));
}
