using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.LocalEdge;

/// <summary>
/// A local edge on its own Kestrel server at 127.0.0.1, for integration tests and local development. Point the
/// integration at it with <c>ServerDomain = server.ServerDomain</c> and <c>Secure = false</c>.
/// </summary>
public sealed class LocalEdgeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalEdgeServer(WebApplication app, LocalEdge edge, Uri baseAddress)
    {
        _app = app;
        Edge = edge;
        BaseAddress = baseAddress;
    }

    /// <summary>Gets the edge served.</summary>
    public LocalEdge Edge { get; }

    /// <summary>Gets the server's address, such as <c>http://127.0.0.1:5081/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the value for <c>AdobeTargetOptions.ServerDomain</c>: <c>127.0.0.1:{port}</c>.</summary>
    public string ServerDomain => BaseAddress.Authority;

    /// <summary>Starts a server for an edge.</summary>
    /// <param name="edge">The edge to serve.</param>
    /// <param name="port">The port, or 0 for a free one.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<LocalEdgeServer> StartAsync(LocalEdge edge, int port = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapTargetLocalEdge(edge);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LocalEdgeServer(app, edge, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
