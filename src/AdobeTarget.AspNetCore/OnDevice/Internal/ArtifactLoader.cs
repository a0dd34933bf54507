using System.Globalization;
using AdobeTarget.Decisioning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Turns artifact bytes (downloaded, or read from <c>OnDevice:ArtifactPath</c>) into a published <see cref="ArtifactSnapshot"/>:
/// parses <c>rules.json</c> or de-obfuscates <c>rules.bin</c> with the organization id, and logs what it loaded. A refused
/// artifact leaves the current one in place.
/// </summary>
internal sealed class ArtifactLoader(ArtifactStore store, IOptions<AdobeTargetOptions> options, TimeProvider timeProvider, ILogger<ArtifactLoader> logger)
{
    /// <summary>How many unsupported rules are named in the log line.</summary>
    public const int UnsupportedExamples = 3;

    /// <summary>Gets what a log line says is kept when an artifact fails: the current version, or nothing yet.</summary>
    public string Keeping => store.Current is { } current
        ? $"keeping version {LogText.Clean(current.Artifact.Version, 64)}"
        : "no artifact is loaded yet";

    /// <summary>Parses and publishes an artifact.</summary>
    /// <param name="bytes">The body.</param>
    /// <param name="binary">Whether it is <c>rules.bin</c>.</param>
    /// <param name="etag">The validated entity tag to send next time, if any.</param>
    /// <param name="source">Where it came from, cleaned for logs.</param>
    /// <param name="startedTimestamp">When the download or read started (<see cref="TimeProvider.GetTimestamp"/>).</param>
    /// <returns><see langword="null"/> when published; else why the artifact was refused (cleaned for logs).</returns>
    public string? Load(ReadOnlySpan<byte> bytes, bool binary, string? etag, string source, long startedTimestamp)
    {
        var settings = options.Value;
        var parseOptions = new TargetArtifactOptions { MaxArtifactBytes = settings.OnDevice.MaxArtifactBytes, TimeProvider = timeProvider };
        TargetArtifact artifact;
        try
        {
            artifact = binary
                ? TargetArtifact.ParseBinary(bytes, settings.OrganizationId ?? string.Empty, parseOptions)
                : TargetArtifact.Parse(bytes, parseOptions);
        }
        catch (Exception exception) when (exception is TargetArtifactException or ArgumentException)
        {
            return LogText.Clean(exception.Message) ?? "not a rules artifact";
        }

        store.Publish(new ArtifactSnapshot(artifact, etag, source, timeProvider.GetUtcNow()));
        var elapsed = (long)timeProvider.GetElapsedTime(startedTimestamp).TotalMilliseconds;
        var version = LogText.Clean(artifact.Version, 64);
        ArtifactLog.Loaded(logger, version, artifact.RuleCount, bytes.Length, source, elapsed);
        LogUnsupported(artifact);
        return null;
    }

    /// <summary>Loads <c>OnDevice:ArtifactPath</c>; a missing, unreadable or refused file is one log line.</summary>
    /// <returns>Whether an artifact was published.</returns>
    public async Task<bool> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        var settings = options.Value.OnDevice;
        var started = timeProvider.GetTimestamp();
        var shownPath = LogText.Clean(path);
        string? reason;
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                using var body = await ArtifactBuffer.ReadAsync(stream, settings.MaxArtifactBytes, stream.Length, cancellationToken).ConfigureAwait(false);
                reason = Load(body.Bytes, ArtifactAddress.IsBinaryFile(settings, path), etag: null, ArtifactSnapshot.FilePrefix + shownPath, started);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArtifactTooLargeException or ArgumentException or NotSupportedException)
        {
            reason = LogText.Clean(exception.Message);
        }

        if (reason is not null)
        {
            ArtifactLog.FileFailed(logger, shownPath, reason);
            return false;
        }

        return true;
    }

    private void LogUnsupported(TargetArtifact artifact)
    {
        var unsupported = artifact.UnsupportedRules;
        if (unsupported.Count == 0 || !logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        var examples = string.Join("; ", unsupported.Take(UnsupportedExamples).Select(rule =>
            string.Create(CultureInfo.InvariantCulture, $"{LogText.Clean(rule.Location, 100)} rule {LogText.Clean(rule.RuleKey, 64) ?? "?"}: {LogText.Clean(rule.Reason, 200)}")));
        ArtifactLog.UnsupportedRules(logger, LogText.Clean(artifact.Version, 64), unsupported.Count, examples);
    }
}
