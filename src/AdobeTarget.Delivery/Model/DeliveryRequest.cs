using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A Delivery API request: what to execute, prefetch or notify, for one visitor.</summary>
public sealed record DeliveryRequest : WireObject
{
    /// <summary>Request id echoed in the response; the client generates one when absent (max 128 characters).</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    /// <summary>Impression id; requests that share it count one impression (max 128 characters).</summary>
    [JsonPropertyName("impressionId")]
    public string? ImpressionId { get; set; }

    /// <summary>The visitor's identifiers.</summary>
    [JsonPropertyName("id")]
    public VisitorId? Id { get; set; }

    /// <summary>Target environment id; the configured one is used when absent.</summary>
    [JsonPropertyName("environmentId")]
    public long? EnvironmentId { get; set; }

    /// <summary>The at_property token that scopes delivery.</summary>
    [JsonPropertyName("property")]
    public Property? Property { get; set; }

    /// <summary>Enables tracing for this request.</summary>
    [JsonPropertyName("trace")]
    public Trace? Trace { get; set; }

    /// <summary>Where and on what the request happens; required by the edge (the client defaults the channel to web).</summary>
    [JsonPropertyName("context")]
    public Context? Context { get; set; }

    /// <summary>Audience Manager and Analytics integration.</summary>
    [JsonPropertyName("experienceCloud")]
    public ExperienceCloud? ExperienceCloud { get; set; }

    /// <summary>Mboxes and page load evaluated now; impressions are counted.</summary>
    [JsonPropertyName("execute")]
    public ExecuteRequest? Execute { get; set; }

    /// <summary>Mboxes, views and page load prefetched; nothing is counted until a display notification.</summary>
    [JsonPropertyName("prefetch")]
    public PrefetchRequest? Prefetch { get; set; }

    /// <summary>SDK telemetry entries.</summary>
    [JsonPropertyName("telemetry")]
    public Telemetry? Telemetry { get; set; }

    /// <summary>Display and click notifications for prefetched content.</summary>
    [JsonPropertyName("notifications")]
    public IList<Notification>? Notifications { get; set; }

    /// <summary>QA mode settings.</summary>
    [JsonPropertyName("qaMode")]
    public QAMode? QAMode { get; set; }

    /// <summary>Preview mode settings.</summary>
    [JsonPropertyName("preview")]
    public Preview? Preview { get; set; }
}
