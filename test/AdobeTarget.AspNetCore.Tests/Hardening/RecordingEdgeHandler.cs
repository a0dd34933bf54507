using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace AdobeTarget.AspNetCore.Tests.Hardening;

/// <summary>
/// The primary handler of the hardening tests: records the host of every request, fails the hosts that
/// the <c>unreachable</c> predicate names as a DNS failure would, and connects the others to the stub edge on loopback with
/// automatic decompression on, as the library's own primary handler has it.
/// </summary>
public sealed class RecordingEdgeHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<string> _hosts;
    private readonly Func<string, bool> _unreachable;

    /// <param name="port">The stub edge's port, read at connection time (the handler may be built before the stub is known).</param>
    /// <param name="hosts">Where the hosts requested are recorded.</param>
    /// <param name="unreachable">Which hosts fail as a DNS failure would.</param>
    public RecordingEdgeHandler(Func<int> port, ConcurrentQueue<string> hosts, Func<string, bool> unreachable)
    {
        _hosts = hosts;
        _unreachable = unreachable;
        InnerHandler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            MaxConnectionsPerServer = 64,
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port()), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri!.Host;
        _hosts.Enqueue(host);
        if (_unreachable(host))
        {
            throw new HttpRequestException(HttpRequestError.NameResolutionError, $"No such host is known. ({host}:80)");
        }

        return base.SendAsync(request, cancellationToken);
    }
}
