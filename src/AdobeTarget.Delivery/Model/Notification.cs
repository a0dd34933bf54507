using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A display or click notification for prefetched content.</summary>
public sealed record Notification : RequestDetails
{
    /// <summary>Notification id; the response lists it when the notification was processed (max 200 characters).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>Links this notification to an earlier one or to an execute, so one impression is counted.</summary>
    [JsonPropertyName("impressionId")]
    public string? ImpressionId { get; set; }

    /// <summary>Display or click.</summary>
    [JsonPropertyName("type")]
    public MetricType? Type { get; set; }

    /// <summary>When it happened, in milliseconds since the Unix epoch.</summary>
    [JsonPropertyName("timestamp")]
    public long? Timestamp { get; set; }

    /// <summary>Event tokens of the displayed options or the clicked metric.</summary>
    [JsonPropertyName("tokens")]
    public IList<string>? Tokens { get; set; }

    /// <summary>The mbox notified (mutually exclusive with view).</summary>
    [JsonPropertyName("mbox")]
    public NotificationMbox? Mbox { get; set; }

    /// <summary>The view notified.</summary>
    [JsonPropertyName("view")]
    public NotificationView? View { get; set; }

    /// <summary>The page load notified.</summary>
    [JsonPropertyName("pageLoad")]
    public NotificationPageLoad? PageLoad { get; set; }
}
