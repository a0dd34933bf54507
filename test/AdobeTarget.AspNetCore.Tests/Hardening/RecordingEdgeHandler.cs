using System.Collections.Concurrent;
using System.Net;
using AdobeTarget.AspNetCore.Tests.Infrastructure;

namespace AdobeTarget.AspNetCore.Tests.Hardening;

/// <summary>
/// The primary handler of the hardening tests: records the host of every request, fails the hosts that
/// <see cref="Unreachable"/> names as a DNS failure would, and connects the others to the stub edge on loopback with
/// automatic decompression on, as the library's own primary handler has it.
/// </summary>
public sealed class RecordingEdgeHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<string> _hosts;
    private readonly Func<string, bool> _unreachable;

    public RecordingEdgeHandler(int port, ConcurrentQueue<string> hosts, Func<string, bool> unreachable)
    {
        _hosts = hosts;
        _unreachable = unreachable;
        var inner = LoopbackHandler.To(port);
        inner.AutomaticDecompression = DecompressionMethods.All;
        inner.MaxConnectionsPerServer = 64;
        InnerHandler = inner;
    }

    public Func<string, bool> Unreachable => _unreachable;

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
