using Microsoft.Extensions.Logging;

namespace AdobeTarget.Internal;

/// <summary>Log events of the Delivery API transport (ids 1001–1099).</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 1001, EventName = "DeliveryFailed", Level = LogLevel.Warning,
        Message = "Adobe Target request {RequestId} to {EdgeHost} failed: {FailureKind}: {Reason} ({Suppressed} similar failures not logged since the last report)")]
    public static partial void DeliveryFailed(ILogger logger, string? requestId, string edgeHost, string failureKind, string reason, long suppressed, Exception? exception);

    [LoggerMessage(EventId = 1003, EventName = "DeliveryFailedDetail", Level = LogLevel.Debug,
        Message = "Adobe Target request {RequestId} to {EdgeHost} failed: {FailureKind}")]
    public static partial void DeliveryFailedDetail(ILogger logger, string? requestId, string edgeHost, string failureKind, Exception exception);
}
