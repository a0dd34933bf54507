using Microsoft.Extensions.Logging;

namespace AdobeTarget.Internal;

/// <summary>The client's log messages, with stable event ids. Visitor ids are never logged.</summary>
internal static partial class TargetClientLog
{
    [LoggerMessage(EventId = 1002, EventName = "LocationHintIgnored", Level = LogLevel.Debug,
        Message = "Ignored a location hint of {Length} characters that is not 1 to 4 digits; the default edge host is used")]
    public static partial void LocationHintIgnored(ILogger logger, int length);
}
