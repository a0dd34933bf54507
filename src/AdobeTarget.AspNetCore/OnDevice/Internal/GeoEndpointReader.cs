using System.Globalization;
using System.Text.Json;
using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>
/// Reads the answer of Adobe's geo endpoint: a small JSON object with <c>x-geo-latitude</c>, <c>x-geo-longitude</c>,
/// <c>x-geo-city</c>, <c>x-geo-region-code</c> and <c>x-geo-country-code</c>. Each value is validated (numbers in range,
/// short printable strings); an invalid value is left out.
/// </summary>
internal static class GeoEndpointReader
{
    /// <summary>The largest body read.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    private const int MaxTextLength = 100;

    /// <summary>Reads the body; <see langword="null"/> when it holds no usable value.</summary>
    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public static Geo? Read(ReadOnlySpan<byte> body, string? ipAddress)
    {
        using var document = JsonDocument.Parse(body.ToArray());
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The geo answer is not a JSON object.");
        }

        var root = document.RootElement;
        var geo = new Geo
        {
            Latitude = Number(root, "x-geo-latitude", 90),
            Longitude = Number(root, "x-geo-longitude", 180),
            City = Text(root, "x-geo-city"),
            StateCode = Text(root, "x-geo-region-code"),
            CountryCode = Text(root, "x-geo-country-code"),
        };
        if (geo.Latitude is null && geo.Longitude is null && geo.City is null && geo.StateCode is null && geo.CountryCode is null)
        {
            return null;
        }

        geo.IpAddress = ipAddress;
        return geo;
    }

    private static double? Number(JsonElement root, string name, double limit)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        double number;
        if (value.ValueKind == JsonValueKind.Number)
        {
            number = value.GetDouble();
        }
        else if (value.ValueKind != JsonValueKind.String
            || value.GetString() is not { Length: > 0 and <= 32 } text
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return null;
        }

        return double.IsFinite(number) && Math.Abs(number) <= limit ? number : null;
    }

    private static string? Text(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString();
        return text is { Length: > 0 and <= MaxTextLength } && LogText.Clean(text) == text ? text : null;
    }
}
