using Microsoft.Extensions.Logging;

namespace AdobeTarget.Internal;

/// <summary>The log messages of the artifact poller (event ids 1401–1429). Values from the network are cleaned with <see cref="LogText"/>.</summary>
internal static partial class ArtifactLog
{
    [LoggerMessage(EventId = 1401, EventName = "ArtifactLoaded", Level = LogLevel.Information,
        Message = "Loaded the Adobe Target rules artifact version {Version} ({Rules} rules, {Bytes} bytes) from {Source} in {ElapsedMs} ms")]
    public static partial void Loaded(ILogger logger, string? version, int rules, int bytes, string? source, long elapsedMs);

    [LoggerMessage(EventId = 1402, EventName = "ArtifactNotModified", Level = LogLevel.Debug,
        Message = "The Adobe Target rules artifact at {Source} is unchanged (304); keeping version {Version}")]
    public static partial void NotModified(ILogger logger, string? source, string? version);

    [LoggerMessage(EventId = 1403, EventName = "ArtifactDownloadFailed", Level = LogLevel.Warning,
        Message = "Downloading the Adobe Target rules artifact from {Source} failed ({Reason}, attempt {Attempt}); {Keeping}. Retrying with backoff")]
    public static partial void DownloadFailed(ILogger logger, string? source, string reason, int attempt, string keeping);

    [LoggerMessage(EventId = 1404, EventName = "ArtifactDownloadRetrying", Level = LogLevel.Debug,
        Message = "Retrying the Adobe Target rules artifact download in {DelayMs} ms after attempt {Attempt} failed ({Reason})")]
    public static partial void Retrying(ILogger logger, long delayMs, int attempt, string reason);

    [LoggerMessage(EventId = 1405, EventName = "ArtifactDownloadGaveUp", Level = LogLevel.Warning,
        Message = "Gave up downloading the Adobe Target rules artifact from {Source} after {Attempts} attempts (last: {Reason}); {Keeping}. Trying again in {NextSeconds} s")]
    public static partial void GaveUp(ILogger logger, string? source, int attempts, string reason, string keeping, double nextSeconds);

    [LoggerMessage(EventId = 1406, EventName = "ArtifactRefused", Level = LogLevel.Warning,
        Message = "Refused the Adobe Target rules artifact from {Source}: {Reason}; {Keeping}")]
    public static partial void Refused(ILogger logger, string? source, string? reason, string keeping);

    [LoggerMessage(EventId = 1407, EventName = "ArtifactFileFailed", Level = LogLevel.Error,
        Message = "Could not load the Adobe Target rules artifact file {Path} (AdobeTarget:OnDevice:ArtifactPath): {Reason}")]
    public static partial void FileFailed(ILogger logger, string? path, string? reason);

    [LoggerMessage(EventId = 1408, EventName = "ArtifactUnsupportedRules", Level = LogLevel.Warning,
        Message = "The Adobe Target rules artifact version {Version} has {Count} rules this library cannot evaluate; they never match. First: {Examples}")]
    public static partial void UnsupportedRules(ILogger logger, string? version, int count, string? examples);

    [LoggerMessage(EventId = 1409, EventName = "ArtifactNeverLoaded", Level = LogLevel.Warning,
        Message = "On-device decisioning is configured but AdobeTarget:OnDevice:PollingInterval is 00:00:00 and AdobeTarget:OnDevice:ArtifactPath is not set: no rules artifact will load, so on-device calls fail and hybrid calls go to the edge")]
    public static partial void NeverLoaded(ILogger logger);

    [LoggerMessage(EventId = 1410, EventName = "ArtifactPollerFault", Level = LogLevel.Error,
        Message = "The Adobe Target rules artifact poller hit an unexpected error; it keeps polling")]
    public static partial void PollerFault(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1411, EventName = "ArtifactPollingStarted", Level = LogLevel.Debug,
        Message = "Polling the Adobe Target rules artifact at {Source} every {IntervalSeconds} s")]
    public static partial void PollingStarted(ILogger logger, string? source, double intervalSeconds);
}
