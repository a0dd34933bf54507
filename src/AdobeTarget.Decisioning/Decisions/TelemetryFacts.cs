using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>Builds a decision's telemetry entry (zero and false features left out, as Adobe's SDKs do).</summary>
internal static class TelemetryFacts
{
    /// <summary>The telemetry entry of a local decision.</summary>
    public static TelemetryEntry Create(DeliveryRequest request, string requestId, DateTimeOffset now, TimeSpan execution, TimeSpan parsing)
    {
        var features = new TelemetryFeatures { DecisioningMethod = DecisioningMethod.OnDevice };
        var executeMboxes = request.Execute?.Mboxes?.Count ?? 0;
        var prefetchMboxes = request.Prefetch?.Mboxes?.Count ?? 0;
        var prefetchViews = request.Prefetch?.Views?.Count ?? 0;
        features.ExecuteMboxCount = executeMboxes > 0 ? executeMboxes : null;
        features.PrefetchMboxCount = prefetchMboxes > 0 ? prefetchMboxes : null;
        features.PrefetchViewCount = prefetchViews > 0 ? prefetchViews : null;
        features.ExecutePageLoad = request.Execute?.PageLoad is not null ? true : null;
        features.PrefetchPageLoad = request.Prefetch?.PageLoad is not null ? true : null;

        return new TelemetryEntry
        {
            RequestId = requestId,
            Timestamp = now.ToUnixTimeMilliseconds(),
            Mode = ExecutionMode.Local,
            Execution = Math.Round(execution.TotalMilliseconds, 2),
            Parsing = Math.Round(parsing.TotalMilliseconds, 2),
            Features = features,
        };
    }
}
