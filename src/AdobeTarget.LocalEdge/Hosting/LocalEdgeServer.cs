using AdobeTarget.Shared;
using Microsoft.AspNetCore.Builder;

namespace AdobeTarget.LocalEdge;

/// <summary>
/// A local edge on its own Kestrel server at 127.0.0.1, for integration tests and local development. Point the
/// integration at it with <c>ServerDomain = server.ServerDomain</c> and <c>Secure = false</c>.
/// </summary>
public sealed class LocalEdgeServer : IAsyncDisposable
{
    private readonly LoopbackApp _app;

    private LocalEdgeServer(LoopbackApp app, LocalTargetEdge edge)
    {
        _app = app;
        Edge = edge;
    }

    /// <summary>Gets the edge served.</summary>
    public LocalTargetEdge Edge { get; }

    /// <summary>Gets the server's address, such as <c>http://127.0.0.1:5081/</c>.</summary>
    public Uri BaseAddress => _app.Address;

    /// <summary>Gets the value for <c>AdobeTargetOptions.ServerDomain</c>: <c>127.0.0.1:{port}</c>.</summary>
    public string ServerDomain => _app.Authority;

    /// <summary>Starts a server for an edge.</summary>
    /// <param name="edge">The edge to serve.</param>
    /// <param name="port">The port, or 0 for a free one.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<LocalEdgeServer> StartAsync(LocalTargetEdge edge, int port = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var app = await LoopbackApp.StartAsync(web => web.MapTargetLocalEdge(edge), port: port, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new LocalEdgeServer(app, edge);
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
