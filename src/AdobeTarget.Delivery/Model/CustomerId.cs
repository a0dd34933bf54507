using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>A customer id bound to a CRS data source alias.</summary>
public sealed record CustomerId : WireObject
{
    /// <summary>The customer id (max 128 characters).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    /// <summary>The data source alias (max 50 characters).</summary>
    [JsonPropertyName("integrationCode")]
    public string? IntegrationCode { get; set; }

    /// <summary>Whether the customer is authenticated.</summary>
    [JsonPropertyName("authenticatedState")]
    public AuthenticatedState? AuthenticatedState { get; set; }
}
