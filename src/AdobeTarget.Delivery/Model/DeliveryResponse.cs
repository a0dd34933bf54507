using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A Delivery API response.</summary>
public sealed record DeliveryResponse : WireObject
{
    /// <summary>HTTP status of the response.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>The request id.</summary>
    [JsonPropertyName("requestId")]
    public string? RequestId { get; set; }

    /// <summary>The visitor's identifiers; tntId carries the location hint.</summary>
    [JsonPropertyName("id")]
    public VisitorId? Id { get; set; }

    /// <summary>The client code.</summary>
    [JsonPropertyName("client")]
    public string? Client { get; set; }

    /// <summary>The edge host that served the request; later requests should go there.</summary>
    [JsonPropertyName("edgeHost")]
    public string? EdgeHost { get; set; }

    /// <summary>Results of execute.</summary>
    [JsonPropertyName("execute")]
    public ExecuteResponse? Execute { get; set; }

    /// <summary>Results of prefetch.</summary>
    [JsonPropertyName("prefetch")]
    public PrefetchResponse? Prefetch { get; set; }

    /// <summary>The notifications processed.</summary>
    [JsonPropertyName("notifications")]
    public IList<NotificationResponse>? Notifications { get; set; }

    /// <summary>Encoded telemetry for the next request.</summary>
    [JsonPropertyName("telemetryServerToken")]
    public string? TelemetryServerToken { get; set; }
}
