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

    [LoggerMessage(EventId = 1010, EventName = "CircuitOpened", Level = LogLevel.Warning,
        Message = "Adobe Target circuit breaker for {EdgeHost} opened after repeated failures: calls fail at once for {BreakMilliseconds} ms, then a probe call is let through")]
    public static partial void CircuitOpened(ILogger logger, string edgeHost, long breakMilliseconds);

    [LoggerMessage(EventId = 1011, EventName = "CircuitHalfOpened", Level = LogLevel.Information,
        Message = "Adobe Target circuit breaker for {EdgeHost} is half-open: a probe call decides whether it closes")]
    public static partial void CircuitHalfOpened(ILogger logger, string edgeHost);

    [LoggerMessage(EventId = 1012, EventName = "CircuitClosed", Level = LogLevel.Information,
        Message = "Adobe Target circuit breaker for {EdgeHost} closed: the edge answers again")]
    public static partial void CircuitClosed(ILogger logger, string edgeHost);
}
