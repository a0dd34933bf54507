using System.Net;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Sends one visitor's notifications in one Delivery API call: transient failures, and answers that are not a
/// Delivery API response (a proxy's page), are retried with exponential backoff and full jitter; a 400 (one bad token rejects the whole request) is logged once and the batch is split
/// until the valid notifications go through; a notification the response does not list counts as not delivered.
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

    public Task<NotificationOutcome> SendAsync(IReadOnlyList<QueuedNotification> batch, CancellationToken cancellationToken) =>
        SendAsync(batch, rejectionLogged: false, cancellationToken);

    private async Task<NotificationOutcome> SendAsync(IReadOnlyList<QueuedNotification> batch, bool rejectionLogged, CancellationToken cancellationToken)
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
                return Acknowledge(batch, request, response);
            }
            catch (TargetEdgeException e) when (e.StatusCode == HttpStatusCode.BadRequest)
            {
                if (!rejectionLogged)
                {
                    NotificationLog.Rejected(logger, batch.Count, e.RequestId, e.EdgeMessage);
                }

                if (batch.Count == 1)
                {
                    return Give(batch, Rejected, e, log: false);
                }

                var half = batch.Count / 2;
                var first = await SendAsync([.. batch.Take(half)], rejectionLogged: true, cancellationToken).ConfigureAwait(false);
                var second = await SendAsync([.. batch.Skip(half)], rejectionLogged: true, cancellationToken).ConfigureAwait(false);
                return NotificationOutcome.Merge(first, second);
            }
            catch (TargetException e) when ((e.IsTransient || e is TargetResponseFormatException) && attempt < settings.MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                var delay = Backoff(attempt, settings);
                metrics.Retried(batch.Count);
                var kind = e switch
                {
                    TargetTimeoutException => "timeout",
                    TargetConnectionException => "connection failure",
                    TargetEdgeException => "edge error status",
                    _ => "invalid response",
                };
                NotificationLog.Retrying(logger, batch.Count, (long)delay.TotalMilliseconds, attempt, kind);
                try
                {
                    await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return Give(batch, Shutdown, e, log: false);
                }
            }
            catch (TargetException e)
            {
                return Give(batch, Error, e, log: true);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return Give(batch, Shutdown, null, log: false);
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
