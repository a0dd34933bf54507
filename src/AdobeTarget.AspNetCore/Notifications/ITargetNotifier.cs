using AdobeTarget.Delivery;

namespace AdobeTarget;

/// <summary>
/// Sends display and click notifications for prefetched content, which counts no impression or conversion until
/// Target hears of it. Calls queue the notifications and return at once; a background worker batches them per
/// visitor, sends them with bounded parallelism and retries, and drains the queue on graceful shutdown.
/// </summary>
/// <remarks>
/// <para>
/// With <see cref="TargetNotificationOptions.Inline"/> the calls instead send at once and complete when Target has
/// acknowledged every notification, throwing <see cref="TargetNotificationException"/> when it has not.
/// </para>
/// <para>
/// The background worker is a hosted service: it runs once the host has started. Without a running host (a console
/// job, or a test that builds a <c>ServiceProvider</c> and never starts a host) nothing is sent in the background;
/// <see cref="FlushAsync"/> then sends the queued notifications itself. Call it before such a job ends, or use
/// <see cref="TargetNotificationOptions.Inline"/> (<c>AdobeTarget:Notifications:Inline</c>).
/// </para>
/// </remarks>
public interface ITargetNotifier
{
    /// <summary>Notifies the display of everything prefetched in a response: its mboxes, views and page load.</summary>
    /// <param name="response">The response of the prefetch whose content was displayed.</param>
    /// <param name="cancellationToken">Cancels waiting (inline mode); a queued notification is not recalled.</param>
    /// <returns>A task that completes when the notifications are queued (or, inline, delivered).</returns>
    ValueTask NotifyDisplayAsync(TargetDeliveryResponse response, CancellationToken cancellationToken = default);

    /// <summary>Notifies the display of the chosen parts of a prefetch response.</summary>
    /// <param name="response">The response of the prefetch whose content was displayed.</param>
    /// <param name="displayed">Which mboxes and views, and whether the page load, were displayed.</param>
    /// <param name="cancellationToken">Cancels waiting (inline mode).</param>
    /// <returns>A task that completes when the notifications are queued (or, inline, delivered).</returns>
    ValueTask NotifyDisplayAsync(TargetDeliveryResponse response, TargetDisplayed displayed, CancellationToken cancellationToken = default);

    /// <summary>Notifies a click on a mbox or view of a prefetch response, with the tokens of its click metrics.</summary>
    /// <param name="response">The response of the prefetch whose content was clicked.</param>
    /// <param name="click">The mbox or view clicked.</param>
    /// <param name="cancellationToken">Cancels waiting (inline mode).</param>
    /// <returns>A task that completes when the notification is queued (or, inline, delivered).</returns>
    /// <exception cref="ArgumentException">The response has no click metric for that mbox or view.</exception>
    ValueTask NotifyClickAsync(TargetDeliveryResponse response, TargetClick click, CancellationToken cancellationToken = default);

    /// <summary>
    /// Notifies a click that arrives in a later request (a link on an offer), with the event tokens the page carried.
    /// The visitor is the current request's (<c>UseAdobeTarget()</c>).
    /// </summary>
    /// <param name="click">The mbox or view clicked and its metric's event tokens.</param>
    /// <param name="cancellationToken">Cancels waiting (inline mode).</param>
    /// <returns>A task that completes when the notification is queued (or, inline, delivered).</returns>
    /// <exception cref="InvalidOperationException">The call is not made inside a request that went through <c>UseAdobeTarget()</c>.</exception>
    ValueTask NotifyClickAsync(TargetClick click, CancellationToken cancellationToken = default);

    /// <summary>Sends ready notifications, for the visitor of <paramref name="options"/> (or of the current request).</summary>
    /// <param name="notifications">Complete notifications: each needs <c>id</c>, <c>type</c> and <c>timestamp</c>.</param>
    /// <param name="options">The visitor (<c>TargetCookie</c>, <c>SessionId</c>, <c>TargetLocationHint</c>, <c>CustomerIds</c>) and a request whose ids, context and property the notifications are sent with; <see langword="null"/> for the current request's visitor.</param>
    /// <param name="cancellationToken">Cancels waiting (inline mode).</param>
    /// <returns>A task that completes when the notifications are queued (or, inline, delivered).</returns>
    /// <exception cref="ArgumentException">A notification lacks <c>id</c>, <c>type</c> or <c>timestamp</c>.</exception>
    ValueTask NotifyAsync(IEnumerable<Notification> notifications, TargetDeliveryOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Waits until every queued notification has been delivered or given up.</summary>
    /// <remarks>
    /// While a host runs, the background worker sends and this call only waits. Before the host has started, or
    /// without one (a bare <c>ServiceProvider</c>), no worker runs: this call then sends the queued notifications in
    /// the caller, with the worker's batching, concurrency and retries, and completes once each has been delivered or
    /// given up. It never waits for a worker that is not running.
    /// </remarks>
    /// <param name="cancellationToken">
    /// Stops waiting; when this call is the one sending (no running host), it also stops the sends, and the
    /// notifications they had not delivered are counted as failed (reason <c>shutdown</c>).
    /// </param>
    /// <returns>A task that completes when the queue and the sends in flight are empty.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task FlushAsync(CancellationToken cancellationToken = default);
}
