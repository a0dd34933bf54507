using System.Text;
using AdobeTarget.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.Benchmarks;

/// <summary>A loopback stand-in of the edge that answers every delivery call with the seed document's response bytes.</summary>
internal sealed class StandInEdge : IAsyncDisposable
{
    private static readonly byte[] Response = Encoding.UTF8.GetBytes(System.Text.Json.Nodes.JsonNode.Parse(SeedDocument.PrefetchResponse)!.ToJsonString());
    private LoopbackApp _app = null!;
    private int _calls;
    private int _notifications;
    private bool _cheapAcks;

    public int Port => _app.Address.Port;

    public int Calls => Volatile.Read(ref _calls);

    public int Notifications => Volatile.Read(ref _notifications);

    /// <summary>Starts the edge; with <paramref name="cheapAcks"/>, notification calls are acknowledged by <see cref="CheapAcks"/>.</summary>
    public static async Task<StandInEdge> StartAsync(bool cheapAcks = false)
    {
        var edge = new StandInEdge { _cheapAcks = cheapAcks };
        edge._app = await LoopbackApp.StartAsync(app => app.MapPost("/rest/v1/delivery", edge.AnswerAsync));
        return edge;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        context.Response.ContentType = "application/json";
        if (_cheapAcks)
        {
            var output = new System.Buffers.ArrayBufferWriter<byte>();
            if (CheapAcks.TryWrite(body.GetBuffer().AsSpan(0, (int)body.Length), output) is var acknowledged and >= 0)
            {
                Interlocked.Add(ref _notifications, acknowledged);
                await context.Response.Body.WriteAsync(output.WrittenMemory);
                return;
            }

            context.Response.ContentLength = Response.Length;
            await context.Response.Body.WriteAsync(Response);
            return;
        }

        if (System.Text.Json.Nodes.JsonNode.Parse(body.ToArray())?["notifications"] is System.Text.Json.Nodes.JsonArray notifications)
        {
            // Notification calls: acknowledge every id, as the edge does.
            var ids = string.Join(',', notifications.Select(n => $"{{\"id\":{n!["id"]!.ToJsonString()}}}"));
            Interlocked.Add(ref _notifications, notifications.Count);
            await context.Response.WriteAsync($"{{\"status\":200,\"notifications\":[{ids}]}}");
            return;
        }

        context.Response.ContentLength = Response.Length;
        await context.Response.Body.WriteAsync(Response);
    }
}
