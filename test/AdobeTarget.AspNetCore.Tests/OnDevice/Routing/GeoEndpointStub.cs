using System.Collections.Concurrent;
using AdobeTarget.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>A stand-in of Adobe's geo endpoint on 127.0.0.1: records the <c>x-forwarded-for</c> of each request and answers <see cref="Body"/>, or hangs.</summary>
internal sealed class GeoEndpointStub : IAsyncDisposable
{
    private readonly ConcurrentQueue<string?> _forwardedFor = new();
    private LoopbackApp _app = null!;

    /// <summary>Gets the address to configure as <c>OnDevice:GeoLocation</c>.</summary>
    public Uri Location => new(_app.Address, "v1/geo");

    /// <summary>Gets the <c>x-forwarded-for</c> header of every request received.</summary>
    public IReadOnlyList<string?> Requests => [.. _forwardedFor];

    /// <summary>Gets or sets the JSON answered.</summary>
    public string Body { get; set; } =
        """{"x-geo-longitude":-122.4,"x-geo-latitude":37.75,"x-geo-city":"SAN FRANCISCO","x-geo-region-code":"CA","x-geo-country-code":"US"}""";

    /// <summary>Gets or sets a value indicating whether requests hang until the client gives up.</summary>
    public bool Hang { get; set; }

    public static async Task<GeoEndpointStub> StartAsync()
    {
        var stub = new GeoEndpointStub();
        stub._app = await LoopbackApp.StartAsync(app => app.MapGet("/v1/geo", stub.HandleAsync));
        return stub;
    }

    private async Task HandleAsync(HttpContext context)
    {
        _forwardedFor.Enqueue(context.Request.Headers["x-forwarded-for"].ToString());
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Body);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
