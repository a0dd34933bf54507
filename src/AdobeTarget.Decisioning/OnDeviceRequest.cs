using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning;

/// <summary>A Delivery API request to decide on the device, with what the server knows beside it.</summary>
public sealed class OnDeviceRequest
{
    /// <summary>The Delivery API request (execute and/or prefetch of mboxes, views, page load).</summary>
    public required DeliveryRequest Request { get; init; }

    /// <summary>The Target client code (hashed into allocations, echoed as <c>client</c>).</summary>
    public required string ClientCode { get; init; }

    /// <summary>The visitor's session id (reported in traces).</summary>
    public string? SessionId { get; init; }

    /// <summary>The edge location hint (e.g. <c>28</c>), appended to a newly minted tntId as <c>.{hint}_0</c>.</summary>
    public string? LocationHint { get; init; }

    /// <summary>
    /// Geo facts looked up from the visitor's IP address by the caller (see
    /// <see cref="OnDeviceDecider.NeedsGeoLookup"/>); when set they replace <c>context.geo</c> for the decision.
    /// </summary>
    public Geo? LookedUpGeo { get; init; }

    /// <summary>Where the artifact came from, reported in traces (<c>Not Applicable</c> when null).</summary>
    public string? ArtifactLocation { get; init; }
}
