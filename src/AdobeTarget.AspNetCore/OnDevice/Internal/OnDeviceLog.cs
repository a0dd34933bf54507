using Microsoft.Extensions.Logging;

namespace AdobeTarget.Internal;

/// <summary>Log events of on-device routing, geo lookups and telemetry (ids 1501–1529). Values are cleaned with <see cref="LogText"/>.</summary>
internal static partial class OnDeviceLog
{
    [LoggerMessage(EventId = 1501, EventName = "OnDeviceDecisionFailed", Level = LogLevel.Warning,
        Message = "Adobe Target on-device decision {RequestId} failed: {FailureKind}: {Reason} ({Suppressed} similar failures not logged since the last report)")]
    public static partial void DecisionFailed(ILogger logger, string? requestId, string failureKind, string reason, long suppressed, Exception? exception);

    [LoggerMessage(EventId = 1502, EventName = "GeoLookupFailed", Level = LogLevel.Warning,
        Message = "Adobe Target geo lookup failed ({FailureKind}); deciding without geo ({Suppressed} similar failures not logged since the last report)")]
    public static partial void GeoLookupFailed(ILogger logger, string failureKind, long suppressed, Exception? exception);

    [LoggerMessage(EventId = 1503, EventName = "TelemetryDropped", Level = LogLevel.Debug,
        Message = "Adobe Target telemetry buffer full: dropped {Dropped} oldest entries since the last report")]
    public static partial void TelemetryDropped(ILogger logger, long dropped);

    [LoggerMessage(EventId = 1504, EventName = "DecidedNotificationsNotSent", Level = LogLevel.Debug,
        Message = "Adobe Target could not send the {Count} display notifications of an on-device decision inline; the decision stands")]
    public static partial void DecidedNotificationsNotSent(ILogger logger, int count);
}
