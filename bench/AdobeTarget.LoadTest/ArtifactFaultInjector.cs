using Microsoft.AspNetCore.Http;

namespace AdobeTarget.LoadTest;

/// <summary>
/// Sits in front of the local edge's rules artifact (<c>GET …/rules.json</c> or <c>rules.bin</c>). While on, a share of
/// downloads misbehave, taking the <see cref="ArtifactFault"/> kinds in turn (so a short run sees each kind): a garbage
/// body with its own entity tag, a 503, a hang past the download timeout, a body over the app's size cap, a reset
/// connection, and the real artifact cut off half way. Misbehaving downloads never reach the edge.
/// </summary>
/// <param name="downloadTimeout">The app's <c>OnDevice:DownloadTimeout</c>: a hang lasts three times as long, or until the client gives up.</param>
/// <param name="maxArtifactBytes">The app's <c>OnDevice:MaxArtifactBytes</c>: an oversized body is one byte longer.</param>
/// <param name="artifact">The real artifact, cut off half way for <see cref="ArtifactFault.Truncated"/>.</param>
public sealed class ArtifactFaultInjector(TimeSpan downloadTimeout, int maxArtifactBytes, ReadOnlyMemory<byte> artifact)
{
    private static readonly ArtifactFault[] Kinds = Enum.GetValues<ArtifactFault>();
    private readonly long[] _injected = new long[Kinds.Length];
    private long _next;
    private long _passed;
    private volatile bool _on;

    /// <summary>Gets or sets a value indicating whether downloads misbehave.</summary>
    public bool On
    {
        get => _on;
        set => _on = value;
    }

    /// <summary>Gets or sets the share of downloads that misbehave while on (0 to 1).</summary>
    public double Share { get; set; } = 1;

    /// <summary>Gets how many downloads reached the edge.</summary>
    public long Passed => Interlocked.Read(ref _passed);

    /// <summary>Gets how many faults of each kind were injected.</summary>
    public IReadOnlyDictionary<ArtifactFault, long> Injected => Kinds.ToDictionary(k => k, k => Interlocked.Read(ref _injected[(int)k]));

    /// <summary>Whether a request downloads the rules artifact.</summary>
    public static bool IsArtifact(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.Value is { } path
        && (path.EndsWith("/rules.json", StringComparison.Ordinal) || path.EndsWith("/rules.bin", StringComparison.Ordinal));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
#pragma warning disable CA5394 // Fault choice, not security.
        if (!IsArtifact(context.Request) || !On || Random.Shared.NextDouble() >= Share)
#pragma warning restore CA5394
        {
            if (IsArtifact(context.Request))
            {
                Interlocked.Increment(ref _passed);
            }

            await next(context);
            return;
        }

        var kind = Kinds[(int)((Interlocked.Increment(ref _next) - 1) % Kinds.Length)];
        Interlocked.Increment(ref _injected[(int)kind]);
        try
        {
            await MisbehaveAsync(context, kind);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // The client gave up (timeout, size cap) while the fault was being written: that is the point.
        }
    }

    private async Task MisbehaveAsync(HttpContext context, ArtifactFault kind)
    {
        var response = context.Response;
        switch (kind)
        {
            case ArtifactFault.Garbage:
                response.ContentType = "application/json";
                response.Headers.ETag = $"\"garbage-{Interlocked.Read(ref _next)}\"";
                await response.WriteAsync("<html>this is not a rules artifact</html>", context.RequestAborted);
                break;
            case ArtifactFault.Unavailable:
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await response.WriteAsync("injected fault", context.RequestAborted);
                break;
            case ArtifactFault.Hang:
                await Task.Delay(downloadTimeout * 3, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case ArtifactFault.Oversized:
                // Chunked (no Content-Length), so the cap is enforced while reading, not from the header.
                response.ContentType = "application/json";
                var chunk = new byte[16 * 1024];
                chunk.AsSpan().Fill((byte)' ');
                for (var left = maxArtifactBytes + 1; left > 0; left -= chunk.Length)
                {
                    await response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(left, chunk.Length)), context.RequestAborted);
                }

                break;
            case ArtifactFault.Reset:
                context.Abort();
                break;
            default:
                response.ContentType = "application/json";
                response.ContentLength = artifact.Length;
                await response.Body.WriteAsync(artifact[..(artifact.Length / 2)], context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
                context.Abort();
                break;
        }
    }
}
