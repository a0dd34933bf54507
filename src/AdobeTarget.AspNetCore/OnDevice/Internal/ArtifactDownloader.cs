using System.Net;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// One conditional download of the rules artifact through the <see cref="AdobeTargetDefaults.ArtifactsHttpClientName"/>
/// client: <c>If-None-Match</c> with the current artifact's entity tag; a 304 confirms the current artifact without a new
/// snapshot; a 200 is read up to <c>OnDevice:MaxArtifactBytes</c> (after decompression) and published. The whole exchange
/// is bounded by <c>OnDevice:DownloadTimeout</c>. Anything else keeps the current artifact.
/// </summary>
internal sealed class ArtifactDownloader(
    IHttpClientFactory httpClientFactory,
    ArtifactStore store,
    ArtifactLoader loader,
    ArtifactMetrics metrics,
    TelemetryBuffer telemetry,
    IOptions<AdobeTargetOptions> options,
    TimeProvider timeProvider,
    ILogger<ArtifactDownloader> logger)
{
    /// <summary>The longest entity tag kept for the next <c>If-None-Match</c>.</summary>
    public const int MaxETagLength = 256;

    /// <summary>The request id of an artifact download's telemetry entry.</summary>
    public const string DownloadTelemetryId = "ArtifactDownload";

    /// <summary>Downloads the artifact once.</summary>
    /// <param name="address">Where from.</param>
    /// <param name="cancellationToken">Shutdown: propagates as <see cref="OperationCanceledException"/>.</param>
    /// <returns>How it ended; failures and refusals are not exceptions.</returns>
    public async Task<ArtifactAttempt> DownloadAsync(ArtifactAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        var settings = options.Value.OnDevice;
        var source = address.Display;
        using var timeout = new CancellationTokenSource(settings.DownloadTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        ArtifactAttempt attempt;
        try
        {
            attempt = await SendAsync(address, source, settings.MaxArtifactBytes, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            attempt = new ArtifactAttempt(ArtifactOutcome.Failed, $"timeout after {settings.DownloadTimeout.TotalSeconds} s");
        }
        catch (HttpRequestException exception)
        {
            attempt = new ArtifactAttempt(ArtifactOutcome.Failed, $"network error ({exception.HttpRequestError})");
        }
        catch (InvalidDataException)
        {
            attempt = new ArtifactAttempt(ArtifactOutcome.Failed, "corrupt content encoding (the body does not decompress)");
        }
        catch (IOException)
        {
            attempt = new ArtifactAttempt(ArtifactOutcome.Failed, "network error while reading the body");
        }
        catch (ArtifactTooLargeException exception)
        {
            attempt = new ArtifactAttempt(ArtifactOutcome.Refused, exception.Message);
        }

        if (attempt.Outcome == ArtifactOutcome.Refused)
        {
            ArtifactLog.Refused(logger, source, attempt.Reason, loader.Keeping);
        }

        metrics.Downloaded(attempt.Outcome);
        return attempt;
    }

    /// <summary>Whether an entity tag from the network may be stored and sent back: printable ASCII, 1 to 256 characters.</summary>
    public static bool IsValidETag(string? value) =>
        value is { Length: > 0 and <= MaxETagLength } && value.AsSpan().IndexOfAnyExceptInRange((char)0x20, (char)0x7E) < 0 && value.Trim().Length == value.Length;

    private static string? ETagOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("ETag", out var values) && values.FirstOrDefault() is { } value && IsValidETag(value) ? value : null;

    /// <summary>
    /// Buffers the download's telemetry entry (request id <c>ArtifactDownload</c>, as Adobe's SDKs report it): total and
    /// parsing time, download time and size. It rides on the next request to the edge.
    /// </summary>
    private void ReportDownload(long started, TimeSpan downloaded, int size)
    {
        if (!options.Value.OnDevice.Telemetry || store.Current is not { } loaded)
        {
            return;
        }

        telemetry.Add(new TelemetryEntry
        {
            RequestId = DownloadTelemetryId,
            Timestamp = timeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
            Execution = Math.Round(timeProvider.GetElapsedTime(started).TotalMilliseconds, 2),
            Parsing = Math.Round(loaded.Artifact.LoadDuration.TotalMilliseconds, 2),
            Request = new TelemetryRequest { Download = Math.Round(downloaded.TotalMilliseconds, 2), ResponseSize = size },
        });
    }

    private async Task<ArtifactAttempt> SendAsync(ArtifactAddress address, string source, int maxBytes, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var current = store.Current;
        using var request = new HttpRequestMessage(HttpMethod.Get, address.Location);
        if (current?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        var client = httpClientFactory.CreateClient(AdobeTargetDefaults.ArtifactsHttpClientName);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified && current is not null)
        {
            store.Confirm();
            var version = LogText.Clean(current.Artifact.Version, 64);
            ArtifactLog.NotModified(logger, source, version);
            return ArtifactAttempt.NotModified;
        }

        if (!response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotModified)
        {
            return new ArtifactAttempt(ArtifactOutcome.Failed, $"status {(int)response.StatusCode}");
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var body = await ArtifactBuffer.ReadAsync(stream, maxBytes, response.Content.Headers.ContentLength, cancellationToken).ConfigureAwait(false);
            var downloaded = timeProvider.GetElapsedTime(started);
            var refused = loader.Load(body.Bytes, address.IsBinary, ETagOf(response), source, started);
            if (refused is not null)
            {
                return new ArtifactAttempt(ArtifactOutcome.Refused, refused);
            }

            ReportDownload(started, downloaded, body.Bytes.Length);
            return ArtifactAttempt.Loaded;
        }
    }
}
