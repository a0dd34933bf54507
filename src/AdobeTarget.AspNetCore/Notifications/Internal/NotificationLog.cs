using Microsoft.Extensions.Logging;

namespace AdobeTarget.Internal;

/// <summary>The notifier's log messages, with stable event ids. Visitor ids are never logged.</summary>
internal static partial class NotificationLog
{
    [LoggerMessage(EventId = 1201, EventName = "NotificationsDropped", Level = LogLevel.Warning,
        Message = "Dropped {Count} Adobe Target notifications since the last report: {Reason}. Raise AdobeTarget:Notifications:QueueCapacity if the edge keeps up but bursts do not fit")]
    public static partial void Dropped(ILogger logger, long count, string reason);

    [LoggerMessage(EventId = 1202, EventName = "NotificationsRejected", Level = LogLevel.Warning,
        Message = "Adobe Target rejected a request of {Count} notifications (request {RequestId}): {EdgeMessage}. Notifications of a rejected request are sent apart to deliver the valid ones")]
    public static partial void Rejected(ILogger logger, int count, string? requestId, string? edgeMessage);

    [LoggerMessage(EventId = 1203, EventName = "NotificationsFailed", Level = LogLevel.Warning,
        Message = "{Count} Adobe Target notifications were not delivered ({Reason})")]
    public static partial void Failed(ILogger logger, int count, string reason, Exception? exception);

    [LoggerMessage(EventId = 1204, EventName = "NotificationsNotAcknowledged", Level = LogLevel.Warning,
        Message = "Adobe Target did not acknowledge {Missing} of {Count} notifications (request {RequestId}); they count as not delivered")]
    public static partial void NotAcknowledged(ILogger logger, int missing, int count, string? requestId);

    [LoggerMessage(EventId = 1205, EventName = "NotificationsLostAtShutdown", Level = LogLevel.Warning,
        Message = "{Count} Adobe Target notifications were not delivered within the {Seconds} s allowed for shutdown")]
    public static partial void LostAtShutdown(ILogger logger, int count, double seconds);

    [LoggerMessage(EventId = 1206, EventName = "NotificationsRetrying", Level = LogLevel.Debug,
        Message = "Retrying {Count} Adobe Target notifications in {DelayMs} ms after attempt {Attempt} failed: {Reason}")]
    public static partial void Retrying(ILogger logger, int count, long delayMs, int attempt, string reason);

    [LoggerMessage(EventId = 1207, EventName = "NotificationWorkerFault", Level = LogLevel.Error,
        Message = "The Adobe Target notification worker hit an unexpected error while sending {Count} notifications")]
    public static partial void WorkerFault(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 1208, EventName = "NotificationsRejectedAsAWhole", Level = LogLevel.Warning,
        Message = "Adobe Target rejects every part of a request of {Count} notifications (request {RequestId}): {EdgeMessage}. The request itself is refused (a wrong property token, or ids or a context the edge does not accept), so they are not delivered")]
    public static partial void RejectedAsAWhole(ILogger logger, int count, string? requestId, string? edgeMessage);
}
