using Microsoft.AspNetCore.Http;

namespace AdobeTarget.LoadTest;

/// <summary>
/// Sits in front of the local edge. While on, it makes a share of Delivery API calls (<c>POST …/rest/v1/delivery</c>:
/// pages decided on the edge, and notifications) misbehave, evenly: a 5xx, a hang past the
/// client's timeout, a reset connection, a garbage body, or a slow (but in-time) answer. Misbehaving calls other
/// than slow ones never reach the edge, so nothing they carried is counted there. During an outage every call hangs
/// past the client's timeout (at most three timeouts, or until the client gives up) and never reaches the edge; that
/// includes artifact downloads, for which <see cref="ArtifactFaultInjector"/> injects its own faults.
/// </summary>
public sealed class FaultInjector(TimeSpan clientTimeout)
{
    private long _injected;
    private volatile bool _on;
    private volatile bool _outage;

    public bool On
    {
        get => _on;
        set => _on = value;
    }

    /// <summary>Gets or sets a value indicating whether the edge is down: every call hangs past the client's timeout.</summary>
    public bool Outage
    {
        get => _outage;
        set => _outage = value;
    }

    public double Share { get; set; } = 0.3;

    public long Injected => Interlocked.Read(ref _injected);

    /// <summary>Whether a request is a Delivery API call (pages decided on the edge, notifications).</summary>
    public static bool IsDelivery(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Value?.EndsWith("/rest/v1/delivery", StringComparison.Ordinal) == true;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (Outage)
        {
            Interlocked.Increment(ref _injected);
            await Task.Delay(clientTimeout * 3, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

#pragma warning disable CA5394 // Fault choice, not security.
        if (!On || !IsDelivery(context.Request) || Random.Shared.NextDouble() >= Share)
        {
            await next(context);
            return;
        }

        Interlocked.Increment(ref _injected);
        switch (Random.Shared.Next(5))
#pragma warning restore CA5394
        {
            case 0:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync("""{"status":503,"message":"injected fault"}""");
                break;
            case 1:
                await Task.Delay(clientTimeout * 3, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case 2:
                context.Abort();
                break;
            case 3:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("<html>this is not JSON</html>");
                break;
            default:
                await Task.Delay(clientTimeout / 3);
                await next(context);
                break;
        }
    }
}
