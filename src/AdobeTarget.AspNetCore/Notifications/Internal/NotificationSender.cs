using System.Net;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Sends one visitor's notifications in one Delivery API call: transient failures, and answers that are not a
/// Delivery API response (a proxy's page), are retried with exponential backoff and full jitter; a 400 (one bad token
/// rejects the whole request) is logged once and the batch is split until the valid notifications go through, unless
/// the edge turns out to reject the request itself; a notification the response does not list counts as not delivered.
/// </summary>
internal sealed class NotificationSender(
    DeliveryChannel channel,
    IOptions<AdobeTargetOptions> options,
    TimeProvider timeProvider,
    NotificationMetrics metrics,
    ILogger<NotificationSender> logger)
{
    public const string Rejected = "rejected";
    public const string NotAcknowledged = "not_acknowledged";
    public const string Error = "error";
    public const string Shutdown = "shutdown";

    public async Task<NotificationOutcome> SendAsync(IReadOnlyList<QueuedNotification> batch, CancellationToken cancellationToken)
    {
        // The batch's span, linked to the requests that queued it; each attempt's adobe_target.deliver span nests under it.
        using var activity = NotificationTelemetry.StartNotify(batch);
        var outcome = await SendBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        NotificationTelemetry.Finished(activity, outcome);
        return outcome;
    }

    private async Task<NotificationOutcome> SendBatchAsync(IReadOnlyList<QueuedNotification> batch, CancellationToken cancellationToken)
    {
        var (outcome, rejection) = await TrySendAsync(batch, cancellationToken).ConfigureAwait(false);
        if (rejection is null)
        {
            return outcome!;
        }

        NotificationLog.Rejected(logger, batch.Count, rejection.RequestId, rejection.EdgeMessage);
        return await IsolateAsync(batch, rejection, halvesRejectedBefore: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Delivers what it can of a batch the edge rejected with a 400, by bisection. One bad token in 100 is found in
    /// 8 to 14 calls (11 on average, by its position): each split sends the first half; when that half goes through,
    /// the rejection lies in the second half, which is split at once without being sent whole again.
    /// A request the edge refuses whatever it carries (a wrong property token, ids or a context it does not accept)
    /// would cost 2n − 1 calls that way. Its evidence: both halves of a split are rejected, and both halves of one of
    /// those halves are rejected again. One split with both halves rejected is common (two bad tokens, one in each
    /// half), so it is bisected further; a second one right below it gives up that part with the edge's message. A
    /// wholly rejected batch thus costs at most 7 calls whatever its size (1 + 2 + 2 × 2), and a batch never loses a
    /// valid notification to fewer than three bad ones.
    /// </summary>
    private async Task<NotificationOutcome> IsolateAsync(
        IReadOnlyList<QueuedNotification> rejected, TargetEdgeException rejection, bool halvesRejectedBefore, CancellationToken cancellationToken)
    {
        if (rejected.Count == 1)
        {
            return Give(rejected, Rejected, rejection, log: false);
        }

        var half = rejected.Count / 2;
        IReadOnlyList<QueuedNotification> first = [.. rejected.Take(half)];
        IReadOnlyList<QueuedNotification> second = [.. rejected.Skip(half)];
        var (firstOutcome, firstRejection) = await TrySendAsync(first, cancellationToken).ConfigureAwait(false);
        if (firstRejection is null)
        {
            var rest = await IsolateAsync(second, rejection, halvesRejectedBefore: false, cancellationToken).ConfigureAwait(false);
            return NotificationOutcome.Merge(firstOutcome!, rest);
        }

        var (secondOutcome, secondRejection) = await TrySendAsync(second, cancellationToken).ConfigureAwait(false);
        if (secondRejection is null)
        {
            var rest = await IsolateAsync(first, firstRejection, halvesRejectedBefore: false, cancellationToken).ConfigureAwait(false);
            return NotificationOutcome.Merge(rest, secondOutcome!);
        }

        if (halvesRejectedBefore)
        {
            NotificationLog.RejectedAsAWhole(logger, rejected.Count, secondRejection.RequestId, secondRejection.EdgeMessage);
            return Give(rejected, Rejected, secondRejection, log: false);
        }

        var firstRest = await IsolateAsync(first, firstRejection, halvesRejectedBefore: true, cancellationToken).ConfigureAwait(false);
        var secondRest = await IsolateAsync(second, secondRejection, halvesRejectedBefore: true, cancellationToken).ConfigureAwait(false);
        return NotificationOutcome.Merge(firstRest, secondRest);
    }

    /// <summary>One Delivery API call for a batch, retried while it fails transiently.</summary>
    /// <returns>What became of the batch, or the 400 with which the edge rejected it whole.</returns>
    private async Task<(NotificationOutcome? Outcome, TargetEdgeException? Rejection)> TrySendAsync(
        IReadOnlyList<QueuedNotification> batch, CancellationToken cancellationToken)
    {
        var settings = options.Value.Notifications;
        var target = batch[0].Target;
        var request = DeliveryRequestCompletion.Complete(
            target.Template with { Notifications = [.. batch.Select(b => b.Notification)] }, null, null, default, options.Value);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await channel.ExchangeAsync(request, target.SessionId, target.LocationHint, cancellationToken).ConfigureAwait(false);
                return (Acknowledge(batch, request, response), null);
            }
            catch (TargetEdgeException e) when (e.StatusCode == HttpStatusCode.BadRequest)
            {
                return (null, e);
            }
            catch (TargetEdgeUnavailableException e) when (!cancellationToken.IsCancellationRequested)
            {
                // The edge's circuit is open and the batch was not sent: wait until a probe may go through, without
                // spending an attempt, so nothing queued is lost when the edge comes back.
                attempt--;
                var delay = e.RetryAfter ?? settings.RetryMaxDelay;
                NotificationLog.Retrying(logger, batch.Count, (long)delay.TotalMilliseconds, attempt, "edge unavailable (circuit open)");
                try
                {
                    await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return (Give(batch, Shutdown, e, log: false), null);
                }
            }
            catch (TargetException e) when ((e.IsTransient || e is TargetResponseFormatException) && attempt < settings.MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                var delay = Backoff(attempt, settings);
                metrics.Retried(batch.Count);
                var kind = DeliveryFailures.KindOf(e);
                NotificationLog.Retrying(logger, batch.Count, (long)delay.TotalMilliseconds, attempt, kind);
                try
                {
                    await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return (Give(batch, Shutdown, e, log: false), null);
                }
            }
            catch (TargetException e)
            {
                return (Give(batch, Error, e, log: true), null);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return (Give(batch, Shutdown, null, log: false), null);
            }
        }
    }

    private NotificationOutcome Acknowledge(IReadOnlyList<QueuedNotification> batch, DeliveryRequest request, DeliveryResponse? response)
    {
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var processed in response?.Notifications ?? [])
        {
            if (processed.Id is not null)
            {
                acknowledged.Add(processed.Id);
            }
        }

        var missing = batch.Where(b => !acknowledged.Contains(b.Notification.Id!)).Select(b => b.Notification.Id!).ToList();
        metrics.Sent(batch.Count - missing.Count);
        if (missing.Count == 0)
        {
            return NotificationOutcome.Delivered;
        }

        metrics.Failed(missing.Count, NotAcknowledged);
        NotificationLog.NotAcknowledged(logger, missing.Count, batch.Count, request.RequestId);
        return new NotificationOutcome(missing, "the edge did not acknowledge them", null);
    }

    private NotificationOutcome Give(IReadOnlyList<QueuedNotification> batch, string reason, TargetException? failure, bool log)
    {
        metrics.Failed(batch.Count, reason);
        if (log)
        {
            NotificationLog.Failed(logger, batch.Count, reason, failure);
        }

        return new NotificationOutcome([.. batch.Select(b => b.Notification.Id!)], reason, failure);
    }

    /// <summary>Exponential backoff with full jitter: a random delay up to base × 2^(attempt−1), capped.</summary>
    private static TimeSpan Backoff(int attempt, TargetNotificationOptions settings)
    {
        var ceiling = Math.Min(settings.RetryMaxDelay.TotalMilliseconds, settings.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
#pragma warning disable CA5394 // Jitter, not security.
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
#pragma warning restore CA5394
    }
}
