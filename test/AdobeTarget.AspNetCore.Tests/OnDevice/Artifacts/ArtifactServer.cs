using System.Collections.Concurrent;
using AdobeTarget.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

/// <summary>
/// A stand-in of Adobe's artifact CDN on Kestrel at 127.0.0.1: serves <see cref="Body"/> with <see cref="ETag"/> at any
/// path and answers 304 when <c>If-None-Match</c> matches, unless <see cref="Respond"/> says otherwise. Records every request.
/// </summary>
public sealed class ArtifactServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Path, string? IfNoneMatch)> _requests = new();
    private readonly SemaphoreSlim _received = new(0);
    private LoopbackApp _app = null!;

    private ArtifactServer(byte[] body) => Body = body;

    /// <summary>Gets or sets the artifact served by default.</summary>
    public byte[] Body { get; set; }

    /// <summary>Gets or sets the entity tag served by default (none when null).</summary>
    public string? ETag { get; set; } = "\"v1\"";

    /// <summary>Gets or sets an answer replacing the default one.</summary>
    public Func<HttpContext, Task>? Respond { get; set; }

    /// <summary>Gets the requests received so far: path and <c>If-None-Match</c>.</summary>
    public IReadOnlyList<(string Path, string? IfNoneMatch)> Requests => [.. _requests];

    public static async Task<ArtifactServer> StartAsync(byte[] body)
    {
        var server = new ArtifactServer(body);
        server._app = await LoopbackApp.StartAsync(app => app.Run(server.HandleAsync));
        return server;
    }

    /// <summary>The address of a path on this server.</summary>
    public Uri Address(string path = "acme/production/v1/rules.json") => new(_app.Address, path);

    /// <summary>Waits until the server has received <paramref name="count"/> more requests (30 s at most).</summary>
    public async Task WaitForRequestsAsync(int count = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        for (var i = 0; i < count; i++)
        {
            await _received.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Answers with a status and no body.</summary>
    public static Func<HttpContext, Task> Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    /// <summary>Answers 200 with raw bytes, optionally declaring a content encoding.</summary>
    public static Func<HttpContext, Task> Bytes(byte[] body, string? contentEncoding = null, string? etag = null) => async context =>
    {
        if (contentEncoding is not null)
        {
            context.Response.Headers.ContentEncoding = contentEncoding;
        }

        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        await context.Response.Body.WriteAsync(body);
    };

    /// <summary>Never answers (until the client gives up or the server stops).</summary>
    public static Func<HttpContext, Task> Hang() => async context =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
    };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _received.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.Count > 0 ? context.Request.Headers.IfNoneMatch.ToString() : null;
        _requests.Enqueue((context.Request.Path.Value ?? string.Empty, ifNoneMatch));
        _received.Release();
        if (Respond is { } respond)
        {
            await respond(context);
            return;
        }

        if (ETag is not null && ifNoneMatch == ETag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        if (ETag is not null)
        {
            context.Response.Headers.ETag = ETag;
        }

        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(Body);
    }
}
