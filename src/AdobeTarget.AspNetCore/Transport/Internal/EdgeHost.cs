using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>Chooses the edge base address for a call from the options and a validated location hint.</summary>
internal sealed class EdgeHost
{
    private const string AdobeDomain = "tt.omtrdc.net";
    private readonly ConcurrentDictionary<string, Uri> _byHint = new(StringComparer.Ordinal);
    private readonly string _scheme;
    private readonly bool _routesByHint;

    public EdgeHost(IOptions<AdobeTargetOptions> options)
    {
        var value = options.Value;
        _scheme = value.Secure ? Uri.UriSchemeHttps : Uri.UriSchemeHttp;
        _routesByHint = value.ServerDomain is null;
        var host = value.ServerDomain ?? $"{value.ClientCode}.{AdobeDomain}";
        Default = new Uri($"{_scheme}://{host}/", UriKind.Absolute);
    }

    /// <summary>Gets the address used when no hint is known, or when a server domain is configured.</summary>
    public Uri Default { get; }

    /// <summary>Gets the address for a hint that <see cref="LocationHint.Validate"/> accepted.</summary>
    public Uri For(string? validatedHint)
    {
        if (!_routesByHint || validatedHint is null)
        {
            return Default;
        }

        return _byHint.GetOrAdd(validatedHint, static (hint, scheme) => new Uri($"{scheme}://mboxedge{hint}.{AdobeDomain}/", UriKind.Absolute), _scheme);
    }

    /// <summary>Checks a configured server domain: a host name or IP address, an optional port, nothing else.</summary>
    public static bool IsValidServerDomain(string value) =>
        value.Length is > 0 and <= 253 &&
        !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) &&
        value.IndexOfAny(['/', '\\', '?', '#', '@']) < 0 &&
        Uri.TryCreate($"http://{value}/", UriKind.Absolute, out var uri) &&
        uri.HostNameType is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6;
}
