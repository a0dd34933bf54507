using AdobeTarget.Decisioning.Artifact;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>The page load's metrics: those of every matched rule, de-duplicated by event token as Adobe's engine does.</summary>
internal static class PageLoadMetrics
{
    /// <summary>Metrics of all matched rules, one per event token (the last one seen, at the first one's place), or null.</summary>
    public static List<Metric>? Distinct(List<RuleOutcome> outcomes)
    {
        var byToken = new Dictionary<string, int>(StringComparer.Ordinal);
        var metrics = new List<Metric>();
        foreach (var metric in outcomes.SelectMany(o => o.Metrics ?? []))
        {
            var key = metric.EventToken ?? RuleCompiler.MissingRuleKey;
            if (byToken.TryGetValue(key, out var at))
            {
                metrics[at] = metric;
            }
            else
            {
                byToken[key] = metrics.Count;
                metrics.Add(metric);
            }
        }

        return metrics.Count > 0 ? metrics : null;
    }
}
