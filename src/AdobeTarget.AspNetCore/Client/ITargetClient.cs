namespace AdobeTarget;

/// <summary>
/// Calls Adobe Target's Delivery API: the server-side counterpart of the official SDKs' <c>getOffers</c>,
/// <c>getAttributes</c> and <c>sendNotifications</c>.
/// </summary>
/// <remarks>
/// Every call completes the request as the official SDKs do (request id, channel, session id, tntId from the
/// <c>mbox</c> cookie, customer ids, property token, environment id, Analytics logging) without changing the
/// request passed in, and returns the cookies to hand back to the visitor.
/// </remarks>
public interface ITargetClient
{
    /// <summary>Executes and/or prefetches mboxes, views and the page load.</summary>
    /// <param name="options">The request and the visitor's Target state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The edge's response with the cookies to write.</returns>
    /// <exception cref="ArgumentException"><see cref="TargetDeliveryOptions.Request"/> is missing or a value of <paramref name="options"/> is not valid.</exception>
    /// <exception cref="TargetEdgeException">The edge answered with an error status.</exception>
    /// <exception cref="TargetTimeoutException">The call took longer than <see cref="AdobeTargetOptions.Timeout"/>.</exception>
    /// <exception cref="TargetConnectionException">The edge could not be reached.</exception>
    /// <exception cref="TargetResponseFormatException">The edge's answer was not a Delivery API response.</exception>
    /// <remarks>An <c>execute</c> counts impressions, so this call is never retried.</remarks>
    Task<TargetDeliveryResponse> GetOffersAsync(TargetDeliveryOptions options, CancellationToken cancellationToken = default);

    /// <summary>Executes the named mboxes (added to the request's <c>execute</c>) and returns their JSON offers as attributes.</summary>
    /// <param name="mboxNames">The mboxes whose JSON offers to read.</param>
    /// <param name="options">The request (may be empty of mboxes) and the visitor's Target state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A typed view over the attributes, with the full response.</returns>
    /// <exception cref="ArgumentException">No mbox name was given, or a name is empty.</exception>
    /// <exception cref="TargetException">The call failed; see <see cref="GetOffersAsync"/> for the kinds.</exception>
    Task<TargetAttributes> GetAttributesAsync(IEnumerable<string> mboxNames, TargetDeliveryOptions options, CancellationToken cancellationToken = default);

    /// <summary>Sends display or click notifications, for example for prefetched content that was shown.</summary>
    /// <param name="options">A request whose <see cref="Delivery.DeliveryRequest.Notifications"/> are complete, and the visitor's Target state.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The edge's response; its <c>notifications</c> list the ids processed.</returns>
    /// <exception cref="ArgumentException">There is no notification, or one lacks <c>id</c>, <c>type</c> or <c>timestamp</c> (the message says which).</exception>
    /// <exception cref="TargetException">The call failed; see <see cref="GetOffersAsync"/> for the kinds.</exception>
    Task<TargetDeliveryResponse> SendNotificationsAsync(TargetDeliveryOptions options, CancellationToken cancellationToken = default);
}
