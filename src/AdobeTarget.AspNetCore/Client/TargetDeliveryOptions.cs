using AdobeTarget.Delivery;

namespace AdobeTarget;

/// <summary>What one <see cref="ITargetClient"/> call sends: the request and the visitor's Target state.</summary>
public sealed class TargetDeliveryOptions
{
    /// <summary>Gets or sets the Delivery API request. Required; it is never modified by the client.</summary>
    public DeliveryRequest? Request { get; set; }

    /// <summary>Gets or sets the raw value of the visitor's <c>mbox</c> cookie (its session id and tntId are used).</summary>
    public string? TargetCookie { get; set; }

    /// <summary>Gets or sets the visitor's location hint (the <c>mboxEdgeCluster</c> cookie); anything but 1 to 4 digits is ignored.</summary>
    public string? TargetLocationHint { get; set; }

    /// <summary>Gets or sets the consumer id: calls of one page view with the same consumer id share a supplemental data id.</summary>
    public string? ConsumerId { get; set; }

    /// <summary>Gets or sets customer ids appended to the request's <c>id.customerIds</c>.</summary>
    public IReadOnlyList<CustomerId>? CustomerIds { get; set; }

    /// <summary>Gets or sets the session id used when the <c>mbox</c> cookie has none.</summary>
    public string? SessionId { get; set; }

    /// <summary>Gets or sets the page view the call belongs to; calls of one page view share supplemental data ids.</summary>
    /// <remarks>Default <see langword="null"/>: the call is a page view of its own.</remarks>
    public TargetPageView? PageView { get; set; }

    /// <summary>Gets or sets where this call is decided, overriding <see cref="AdobeTargetOptions.DecisioningMethod"/>.</summary>
    /// <remarks>Default <see langword="null"/>: the configured method.</remarks>
    public TargetDecisioningMethod? DecisioningMethod { get; set; }
}
