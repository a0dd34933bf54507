using Microsoft.Extensions.Logging;

namespace AdobeTarget.Internal;

/// <summary>The middleware's log messages, with stable event ids. Visitor ids are never logged.</summary>
internal static partial class TargetVisitorLog
{
    [LoggerMessage(EventId = 1101, EventName = "ResponseAlreadyStarted", Level = LogLevel.Warning,
        Message = "Adobe Target cookies for {Path} could not be written: the response had already started. Call Target before writing the response body")]
    public static partial void ResponseAlreadyStarted(ILogger logger, string path);

    [LoggerMessage(EventId = 1102, EventName = "CookiesBlockedByConsent", Level = LogLevel.Debug,
        Message = "Adobe Target cookies were not written: the visitor has not consented to tracking and AdobeTarget:Cookie:IsEssential is false")]
    public static partial void CookiesBlockedByConsent(ILogger logger);

    [LoggerMessage(EventId = 1103, EventName = "CookieWriteFailed", Level = LogLevel.Warning,
        Message = "Adobe Target cookies could not be written")]
    public static partial void CookieWriteFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1104, EventName = "CallOutlivedRequest", Level = LogLevel.Debug,
        Message = "An Adobe Target call finished after its request had ended (a latency budget stopped waiting for it); its cookies were not written")]
    public static partial void CallOutlivedRequest(ILogger logger);
}
