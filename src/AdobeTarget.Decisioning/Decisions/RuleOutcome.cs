using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>What one satisfied rule (or an unmatched mbox) contributes to the response, already shaped.</summary>
internal sealed class RuleOutcome
{
    /// <summary>The mbox or view name.</summary>
    public string? Name { get; init; }

    /// <summary>The request detail's index (mboxes).</summary>
    public int? Index { get; init; }

    /// <summary>The options; null for an unmatched mbox.</summary>
    public List<Option>? Options { get; init; }

    /// <summary>The metrics, or null when removed.</summary>
    public List<Metric>? Metrics { get; init; }

    /// <summary>The trace snapshot, when tracing.</summary>
    public IDictionary<string, System.Text.Json.JsonElement>? Trace { get; init; }
}
