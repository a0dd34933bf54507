namespace AdobeTarget;

/// <summary>
/// The visitor's Target state for the current request, set on <c>HttpContext.Features</c> by <c>UseAdobeTarget()</c>.
/// Cookies are read on first use, so a request that never asks pays next to nothing.
/// </summary>
/// <remarks>
/// <see cref="ITargetClient"/> calls made while handling the request use this state (values passed in
/// <see cref="TargetDeliveryOptions"/> win) and update it; the updated cookies are written when the response starts.
/// </remarks>
public interface ITargetVisitorFeature
{
    /// <summary>Gets the visitor's session id: from the <c>mbox</c> cookie, or the one a call of this request started.</summary>
    string? SessionId { get; }

    /// <summary>Gets the visitor's tntId: from the cookie's <c>PC</c> entry, or the one the edge assigned during this request.</summary>
    string? TntId { get; }

    /// <summary>Gets the visitor's edge location hint (1 to 4 digits), when known.</summary>
    string? LocationHint { get; }

    /// <summary>Gets the Experience Cloud visitor id from the <c>AMCV_{OrganizationId}</c> cookie, when present.</summary>
    string? MarketingCloudVisitorId { get; }

    /// <summary>Gets the page view of this request: its calls share supplemental data ids per consumer id.</summary>
    TargetPageView PageView { get; }
}
