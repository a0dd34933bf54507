using System.Net;
using System.Net.Sockets;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Decisions;

/// <summary>When Adobe's engine looks a visitor's geo up from the IP address.</summary>
internal static class GeoLookupRule
{
    /// <summary>The literal Adobe's SDKs send for "look up the caller's own address".</summary>
    public const string UnknownIpAddress = "unknownIpAddress";

    /// <summary>
    /// True when the artifact has geo rules, the request's geo has a valid IP (or <c>unknownIpAddress</c>) and none of
    /// latitude, longitude, country, state or city.
    /// </summary>
    public static bool NeedsLookup(TargetArtifact artifact, DeliveryRequest request)
    {
        var geo = request.Context?.Geo;
        if (!artifact.GeoTargetingEnabled || geo is null)
        {
            return false;
        }

        var ipUsable = geo.IpAddress == UnknownIpAddress || IsValidIp(geo.IpAddress);
        return ipUsable
            && geo.Latitude is null && geo.Longitude is null
            && string.IsNullOrEmpty(geo.CountryCode) && string.IsNullOrEmpty(geo.StateCode) && string.IsNullOrEmpty(geo.City);
    }

    /// <summary>Whether the text is a literal IPv4 dotted quad or IPv6 address.</summary>
    public static bool IsValidIp(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Contains(':', StringComparison.Ordinal))
        {
            return IPAddress.TryParse(trimmed, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6;
        }

        var parts = trimmed.Split('.');
        return parts.Length == 4 && parts.All(IsOctet);
    }

    private static bool IsOctet(string part) =>
        part.Length is >= 1 and <= 3
        && part.All(char.IsAsciiDigit)
        && (part.Length == 1 || part[0] != '0')
        && int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) <= 255;
}
