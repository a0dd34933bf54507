using System.Collections.Frozen;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>The geo endpoint's answers, by canonical IP address; read-only once built.</summary>
internal sealed class LocalGeoMap
{
    private readonly FrozenDictionary<string, LocalGeo> _byAddress;
    private readonly LocalGeo? _default;

    public LocalGeoMap(LocalActivities activities)
    {
        _byAddress = (activities.Geo ?? new Dictionary<string, LocalGeo>())
            .Select(pair => (Key: LocalGeoCheck.Normalize(pair.Key), pair.Value))
            .Where(pair => pair.Key is not null && pair.Value is not null)
            .DistinctBy(pair => pair.Key)
            .ToFrozenDictionary(pair => pair.Key!, pair => pair.Value, StringComparer.Ordinal);
        _default = activities.DefaultGeo;
    }

    /// <summary>
    /// The location for an <c>X-Forwarded-For</c> value: its first address (the client's), if valid and known, else the
    /// default (null: none).
    /// </summary>
    public LocalGeo? Find(string? forwardedFor)
    {
        var first = forwardedFor is null ? null : forwardedFor.Split(',', 2)[0];
        return LocalGeoCheck.Normalize(first) is { } key && _byAddress.TryGetValue(key, out var geo) ? geo : _default;
    }
}
