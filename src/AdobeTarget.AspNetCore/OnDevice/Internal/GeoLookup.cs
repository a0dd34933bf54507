using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Locates a visitor's IP address for an on-device decision: through the application's <see cref="ITargetGeoResolver"/>
/// when one is registered (not cached: it is the application's), else through Adobe's geo endpoint
/// (<see cref="TargetOnDeviceOptions.GeoLocation"/>, named client <see cref="AdobeTargetDefaults.ArtifactsHttpClientName"/>),
/// cached in a bounded <see cref="GeoCache"/>, with concurrent lookups of one address sharing one request. The caller
/// never waits longer than <see cref="AdobeTargetOptions.Timeout"/>; a failure or a timeout answers
/// <see langword="null"/> (decide without geo) and is logged at most once per kind per 10 seconds. After the endpoint
/// times out, cannot be reached or answers 5xx, addresses not in the cache are not looked up for
/// <see cref="OutagePause"/>, so an outage of the endpoint does not make every page wait for the timeout.
/// </summary>
internal sealed class GeoLookup(
    IEnumerable<ITargetGeoResolver> resolvers,
    IHttpClientFactory httpClients,
    IOptions<AdobeTargetOptions> options,
    TimeProvider timeProvider,
    ILogger<GeoLookup> logger)
{
    /// <summary>The address of Adobe's geo endpoint when none is configured.</summary>
    public static readonly Uri DefaultLocation = new($"https://{TargetOnDeviceOptions.DefaultArtifactHost}/v1/geo");

    /// <summary>How long lookups of uncached addresses pause after the endpoint failed as in an outage.</summary>
    public static readonly TimeSpan OutagePause = TimeSpan.FromSeconds(10);

    private const string UnknownIpAddress = "unknownIpAddress";

    private readonly ITargetGeoResolver? _resolver = resolvers.LastOrDefault();
    private readonly GeoCache _cache = new(timeProvider);
    private readonly ConcurrentDictionary<string, Lazy<Task<Geo?>>> _inFlight = new(StringComparer.Ordinal);
    private readonly RateLimitedLog _failures = new(timeProvider);
    private long _pausedUntil = long.MinValue;

    /// <summary>Gets the cache of endpoint lookups.</summary>
    internal GeoCache Cache => _cache;

    /// <summary>Locates <paramref name="ipAddress"/> (a valid address, or <c>unknownIpAddress</c>: the server's own).</summary>
    /// <returns>The location, or <see langword="null"/> when unknown, failed or out of time.</returns>
    public async ValueTask<Geo?> LocateAsync(string? ipAddress, CancellationToken cancellationToken)
    {
        var key = Normalize(ipAddress);
        if (key is null)
        {
            return null;
        }

        var timeout = options.Value.Timeout;
        try
        {
            if (_resolver is not null)
            {
                if (key == UnknownIpAddress)
                {
                    return null;
                }

                // The resolver's token fires when the page stops waiting (time out or caller gone), so a hanging resolver
                // is told to give up instead of running on unobserved.
                using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                try
                {
                    return await _resolver.ResolveAsync(key, budget.Token).AsTask().WaitAsync(timeout, timeProvider, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await budget.CancelAsync().ConfigureAwait(false);
                }
            }

            if (_cache.TryGet(key, out var cached))
            {
                return cached;
            }

            if (timeProvider.GetUtcNow().UtcTicks < Interlocked.Read(ref _pausedUntil))
            {
                return null;
            }

            var shared = _inFlight.GetOrAdd(key, k => new Lazy<Task<Geo?>>(() => FetchAsync(k))).Value;
            return await shared.WaitAsync(timeout, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            if (_resolver is null)
            {
                Pause();
            }

            Failed("timeout", null);
            return null;
        }
#pragma warning disable CA1031 // The application's resolver may throw anything: the decision goes on without geo.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failed("resolver error", e);
            return null;
        }
    }

    private static string? Normalize(string? ipAddress)
    {
        if (ipAddress == UnknownIpAddress)
        {
            return ipAddress;
        }

        return ipAddress is { Length: > 0 and <= 64 } && IPAddress.TryParse(ipAddress, out var parsed) ? parsed.ToString() : null;
    }

    /// <summary>
    /// One request for an address, shared by every caller asking meanwhile (the <see cref="Lazy{T}"/> in the dictionary
    /// starts it once), bounded by its own timeout, not by any one caller's token.
    /// </summary>
    private async Task<Geo?> FetchAsync(string key)
    {
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding); // never run the request inside Lazy.Value
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, settings.OnDevice.GeoLocation ?? DefaultLocation);
            if (key != UnknownIpAddress)
            {
                request.Headers.TryAddWithoutValidation("x-forwarded-for", key);
            }

            var client = httpClients.CreateClient(AdobeTargetDefaults.ArtifactsHttpClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                if ((int)response.StatusCode >= 500)
                {
                    Pause();
                }

                Failed($"status {(int)response.StatusCode}", null);
                return null;
            }

            var body = await ReadCappedAsync(response.Content, timeout.Token).ConfigureAwait(false);
            if (body is null)
            {
                Failed("body too large", null);
                return null;
            }

            var geo = GeoEndpointReader.Read(body, key == UnknownIpAddress ? null : key);
            _cache.Set(key, geo);
            return geo;
        }
        catch (OperationCanceledException)
        {
            Pause();
            Failed("timeout", null);
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            Pause();
            Failed("connection", e);
            return null;
        }
        catch (JsonException e)
        {
            Failed("invalid body", e);
            return null;
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > GeoEndpointReader.MaxBodyBytes)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[GeoEndpointReader.MaxBodyBytes + 1];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            return length > GeoEndpointReader.MaxBodyBytes ? null : buffer[..length];
        }
    }

    private void Pause() => Interlocked.Exchange(ref _pausedUntil, (timeProvider.GetUtcNow() + OutagePause).UtcTicks);

    private void Failed(string kind, Exception? exception)
    {
        if (_failures.ShouldLog(kind, out var suppressed))
        {
            OnDeviceLog.GeoLookupFailed(logger, kind, suppressed, exception);
        }
    }
}
