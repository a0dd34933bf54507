using System.Net;
using System.Text.RegularExpressions;

namespace AdobeTarget.LocalEdge.Internal;

/// <summary>Checks the geo map of an activities file: bounded, keys are IP addresses, values plausible and plain.</summary>
internal static partial class LocalGeoCheck
{
    public static void Check(LocalActivities activities, List<string> problems)
    {
        if (activities.Geo is { } map)
        {
            if (map.Count > LocalActivities.MaxGeoEntries)
            {
                problems.Add($"\"geo\" has {map.Count} entries; at most {LocalActivities.MaxGeoEntries} are allowed");
            }

            foreach (var (address, geo) in map.Take(LocalActivities.MaxGeoEntries + 1))
            {
                var label = $"geo \"{Cut(address)}\"";
                if (!IPAddress.TryParse(address, out _))
                {
                    problems.Add($"{label}: the key must be an IPv4 or IPv6 address");
                }

                CheckLocation(geo, label, problems);
            }
        }

        if (activities.DefaultGeo is { } fallback)
        {
            CheckLocation(fallback, "defaultGeo", problems);
        }
    }

    /// <summary>The map's key for an address: its canonical text, so <c>::FFFF:1.2.3.4</c> and <c>::ffff:1.2.3.4</c> match.</summary>
    public static string? Normalize(string? address) =>
        address is { Length: > 0 and <= 64 } && IPAddress.TryParse(address.Trim(), out var ip) ? ip.ToString() : null;

    private static void CheckLocation(LocalGeo? geo, string label, List<string> problems)
    {
        if (geo is null)
        {
            problems.Add($"{label}: a location object is required");
            return;
        }

        if (geo.Latitude is { } latitude && !(latitude is >= -90 and <= 90))
        {
            problems.Add($"{label}: latitude must be from -90 to 90");
        }

        if (geo.Longitude is { } longitude && !(longitude is >= -180 and <= 180))
        {
            problems.Add($"{label}: longitude must be from -180 to 180");
        }

        if (geo.City is { } city && !City().IsMatch(city))
        {
            problems.Add($"{label}: city must be 1 to 64 letters, digits, spaces or .'-");
        }

        if (geo.RegionCode is { } region && !Region().IsMatch(region))
        {
            problems.Add($"{label}: regionCode must be 1 to 8 letters or digits");
        }

        if (geo.CountryCode is { } country && !Country().IsMatch(country))
        {
            problems.Add($"{label}: countryCode must be two letters");
        }
    }

    private static string Cut(string value) => value.Length <= 64 ? value : value[..64] + "…";

    [GeneratedRegex(@"^[\p{L}\p{N} .'\-]{1,64}$")]
    private static partial Regex City();

    [GeneratedRegex("^[A-Za-z0-9]{1,8}$")]
    private static partial Regex Region();

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex Country();
}
