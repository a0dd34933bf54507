using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.Benchmarks;

/// <summary>A loopback stand-in of the edge that answers every delivery call with the seed document's response bytes.</summary>
internal sealed class StandInEdge : IAsyncDisposable
{
    private static readonly byte[] Response = Encoding.UTF8.GetBytes(System.Text.Json.Nodes.JsonNode.Parse(SeedDocument.PrefetchResponse)!.ToJsonString());
    private readonly WebApplication _app;
    private int _calls;
    private int _notifications;

    private StandInEdge(WebApplication app) => _app = app;

    public int Port { get; private set; }

    public int Calls => Volatile.Read(ref _calls);

    public int Notifications => Volatile.Read(ref _notifications);

    public static async Task<StandInEdge> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var edge = new StandInEdge(app);
        app.MapPost("/rest/v1/delivery", async context =>
        {
            Interlocked.Increment(ref edge._calls);
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            context.Response.ContentType = "application/json";
            if (System.Text.Json.Nodes.JsonNode.Parse(body.ToArray())?["notifications"] is System.Text.Json.Nodes.JsonArray notifications)
            {
                // Notification calls: acknowledge every id, as the edge does.
                var ids = string.Join(',', notifications.Select(n => $"{{\"id\":{n!["id"]!.ToJsonString()}}}"));
                Interlocked.Add(ref edge._notifications, notifications.Count);
                await context.Response.WriteAsync($"{{\"status\":200,\"notifications\":[{ids}]}}");
                return;
            }

            context.Response.ContentLength = Response.Length;
            await context.Response.Body.WriteAsync(Response);
        });
        await app.StartAsync();
        edge.Port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
        return edge;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
