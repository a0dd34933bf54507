using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AdobeTarget.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A stand-in of Target's edge on Kestrel at 127.0.0.1: records every request as it came and answers with
/// <see cref="Respond"/> (by default a plausible Delivery API response built from the request).
/// </summary>
public sealed class StubEdge : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly SemaphoreSlim _received = new(0);
    private LoopbackApp _app = null!;

    /// <summary>Gets the port Kestrel listens on.</summary>
    public int Port => _app.Address.Port;

    /// <summary>Gets the requests received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Gets or sets how the stub answers; the default is <see cref="RespondDefaultAsync"/>.</summary>
    public Func<RecordedRequest, HttpContext, Task> Respond { get; set; } = RespondDefaultAsync;

    public static async Task<StubEdge> StartAsync()
    {
        var edge = new StubEdge();
        edge._app = await LoopbackApp.StartAsync(app => app.MapPost("/rest/v1/delivery", edge.HandleAsync));
        return edge;
    }

    /// <summary>Waits until the stub has received <paramref name="count"/> more requests.</summary>
    public async Task WaitForRequestsAsync(int count = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        for (var i = 0; i < count; i++)
        {
            await _received.WaitAsync(timeout.Token);
        }
    }

    /// <summary>Answers with a status and a raw body.</summary>
    public static Func<RecordedRequest, HttpContext, Task> Status(int status, string? body = null, string contentType = "application/json") =>
        async (_, context) =>
        {
            context.Response.StatusCode = status;
            if (body is not null)
            {
                context.Response.ContentType = contentType;
                await context.Response.WriteAsync(body);
            }
        };

    /// <summary>
    /// Answers like the edge: echoes the request id, keeps the sent tntId or assigns one with hint 28, answers every
    /// executed or prefetched mbox with an HTML option, and lists every notification id as processed.
    /// </summary>
    public static Task RespondDefaultAsync(RecordedRequest request, HttpContext context)
    {
        var body = request.Json;
        var tntId = body["id"]?["tntId"]?.GetValue<string>() ?? $"{Guid.NewGuid():N}.28_0";
        var response = new JsonObject
        {
            ["status"] = 200,
            ["requestId"] = body["requestId"]?.GetValue<string>(),
            ["client"] = "acme",
            ["id"] = new JsonObject { ["tntId"] = tntId },
            ["edgeHost"] = "mboxedge28.tt.omtrdc.net",
        };
        if (body["execute"]?["mboxes"] is JsonArray executed)
        {
            response["execute"] = new JsonObject { ["mboxes"] = Answer(executed, prefetch: false) };
        }

        if (body["prefetch"]?["mboxes"] is JsonArray prefetched)
        {
            response["prefetch"] = new JsonObject { ["mboxes"] = Answer(prefetched, prefetch: true) };
        }

        if (body["notifications"] is JsonArray notifications)
        {
            response["notifications"] = new JsonArray([.. notifications.Select(n => (JsonNode)new JsonObject { ["id"] = n!["id"]!.DeepClone() })]);
        }

        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(response.ToJsonString());
    }

    private static JsonArray Answer(JsonArray mboxes, bool prefetch) =>
        new([.. mboxes.Select(m =>
        {
            var name = m!["name"]!.GetValue<string>();
            var option = new JsonObject { ["type"] = "html", ["content"] = $"<p>{name}</p>" };
            if (prefetch)
            {
                option["eventToken"] = $"token-{name}";
            }

            var answer = new JsonObject { ["index"] = m["index"]!.DeepClone(), ["name"] = name, ["options"] = new JsonArray(option) };
            if (prefetch)
            {
                answer["state"] = $"state-{name}";
            }

            return (JsonNode)answer;
        })]);

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Request.Host.Value ?? "",
            context.Request.Path.Value ?? "",
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            context.Request.ContentType,
            context.Request.ContentLength,
            context.Connection.Id,
            body);
        _requests.Enqueue(recorded);
        _received.Release();
        await Respond(recorded, context);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _received.Dispose();
    }
}
