using System.Net;
using System.Net.Sockets;

namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A primary handler that connects every request, whatever its host, to 127.0.0.1:<c>port</c>. The request keeps
/// its URI and Host header (so the stub sees <c>mboxedge21.tt.omtrdc.net</c>), and nothing ever leaves loopback.
/// </summary>
public static class LoopbackHandler
{
    public static SocketsHttpHandler To(int port) => new()
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>A loopback port that nothing listens on (bound, then released).</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
