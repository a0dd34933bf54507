using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore;

/// <summary>Log messages of the server-state rendering.</summary>
internal static partial class ServerStateLog
{
    [LoggerMessage(EventId = 1301, EventName = "ServerStateNotRendered", Level = LogLevel.Warning,
        Message = "The Delivery API result could not be written as at.js server state; the page renders without it and at.js makes its own call.")]
    public static partial void ServerStateNotRendered(ILogger logger, Exception exception);
}
