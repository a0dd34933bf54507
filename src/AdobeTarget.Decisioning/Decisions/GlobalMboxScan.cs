using AdobeTarget.Decisioning.Artifact;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>
/// A traced page load keeps only its last matched rule's trace. Conditions are pure, so a first pass finds that
/// rule and only its snapshot is taken (each snapshot copies every evaluated activity's context).
/// </summary>
internal static class GlobalMboxScan
{
    /// <summary>The last rule a global-mbox evaluation would match (one per rule key), without tracing.</summary>
    public static CompiledRule? LastSatisfied(CompiledRule[] rules, RuleContext context, string? propertyToken)
    {
        CompiledRule? last = null;
        var matchedKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!rule.AppliesTo(propertyToken) || matchedKeys.Contains(rule.RuleKey))
            {
                continue;
            }

            context.ForActivity(rule.ActivityId);
            if (rule.IsSatisfied(context))
            {
                last = rule;
                matchedKeys.Add(rule.RuleKey);
            }
        }

        return last;
    }
}
