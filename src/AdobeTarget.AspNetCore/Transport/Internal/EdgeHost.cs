using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Chooses the edge host of a call from the options and a validated location hint, and bounds the hosts one process
/// talks to: at most <see cref="MaxHintHosts"/> regional hosts are ever tried, and a hint whose host failed before it
/// ever answered is not used again and keeps its place in that bound (a visitor's cookie must not open connection
/// pools to arbitrary hosts, one made-up hint after another). Past the bound, hints not yet admitted go to the default
/// host, which routes every visitor correctly.
/// </summary>
internal sealed class EdgeHost
{
    /// <summary>The most regional hosts ever tried, refused ones included; Adobe runs far fewer edge clusters.</summary>
    public const int MaxHintHosts = 16;

    private const string AdobeDomain = "tt.omtrdc.net";
    private readonly ConcurrentDictionary<string, EdgeAddress> _byHint = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.Ordinal);
    private readonly object _admission = new();
    private readonly string _scheme;
    private readonly bool _routesByHint;

    public EdgeHost(IOptions<AdobeTargetOptions> options)
    {
        var value = options.Value;
        _scheme = value.Secure ? Uri.UriSchemeHttps : Uri.UriSchemeHttp;
        _routesByHint = value.ServerDomain is null;
        var host = value.ServerDomain ?? $"{value.ClientCode}.{AdobeDomain}";
        Default = new EdgeAddress(new Uri($"{_scheme}://{host}/", UriKind.Absolute), _routesByHint ? EdgeHostKind.Default : EdgeHostKind.Custom);
    }

    /// <summary>Gets the host used when no hint is known or admitted, or when a server domain is configured.</summary>
    public EdgeAddress Default { get; }

    /// <summary>Gets the number of regional hosts in use.</summary>
    public int HintHostCount => _byHint.Count;

    /// <summary>Gets the host for a hint that <see cref="LocationHint.Validate"/> accepted.</summary>
    public EdgeAddress For(string? validatedHint)
    {
        if (!_routesByHint || validatedHint is null || _refused.ContainsKey(validatedHint))
        {
            return Default;
        }

        if (_byHint.TryGetValue(validatedHint, out var known))
        {
            return known;
        }

        lock (_admission)
        {
            if (_byHint.TryGetValue(validatedHint, out known))
            {
                return known;
            }

            if (_byHint.Count + _refused.Count >= MaxHintHosts)
            {
                return Default;
            }

            var admitted = new EdgeAddress(new Uri($"{_scheme}://mboxedge{validatedHint}.{AdobeDomain}/", UriKind.Absolute), EdgeHostKind.Hint);
            _byHint[validatedHint] = admitted;
            return admitted;
        }
    }

    /// <summary>
    /// Records a failed exchange. Returns whether the failure says something about the edge (for the health check):
    /// not so for a regional host that never answered, which is dropped instead, its hint refused from then on.
    /// </summary>
    public bool Failed(EdgeAddress edge, string? hint)
    {
        if (edge.IsProven || hint is null)
        {
            return true;
        }

        lock (_admission)
        {
            // The refused hint keeps its place in the bound: made-up hints cannot be tried one after another.
            if (_byHint.TryRemove(new KeyValuePair<string, EdgeAddress>(hint, edge)))
            {
                _refused.TryAdd(hint, true);
            }
        }

        return false;
    }

    /// <summary>Checks a configured server domain: a host name or IP address, an optional port, nothing else.</summary>
    public static bool IsValidServerDomain(string value) =>
        value.Length is > 0 and <= 253 &&
        !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) &&
        value.IndexOfAny(['/', '\\', '?', '#', '@']) < 0 &&
        Uri.TryCreate($"http://{value}/", UriKind.Absolute, out var uri) &&
        uri.HostNameType is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6;
}
