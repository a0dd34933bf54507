using System.Collections.Concurrent;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning;

/// <summary>
/// What <see cref="UserAgentParser"/> made of recent user agents without client hints: a site's visitors use few
/// browsers, and parsing one costs several regular-expression matches. Bounded: at most <see cref="Capacity"/>
/// user agents of at most <see cref="UserAgentParser.MaxInspectedLength"/> characters; when full it is emptied and
/// refills. Requests with client hints are parsed every time. Thread-safe.
/// </summary>
internal sealed class UserAgentCache
{
    /// <summary>The most user agents kept.</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<string, UserAgentInfo> _parsed = new(StringComparer.Ordinal);

    /// <summary>Gets the number of user agents kept.</summary>
    public int Count => _parsed.Count;

    /// <summary>Parses as <see cref="UserAgentParser.Parse"/> does, from the cache when the user agent was seen.</summary>
    public UserAgentInfo Parse(string? userAgent, ClientHints? clientHints)
    {
        if (clientHints is not null || userAgent is null || userAgent.Length > UserAgentParser.MaxInspectedLength)
        {
            return UserAgentParser.Parse(userAgent, clientHints);
        }

        if (_parsed.TryGetValue(userAgent, out var known))
        {
            return known;
        }

        var parsed = UserAgentParser.Parse(userAgent, null);
        if (_parsed.Count >= Capacity)
        {
            _parsed.Clear();
        }

        _parsed.TryAdd(userAgent, parsed);
        return parsed;
    }
}
