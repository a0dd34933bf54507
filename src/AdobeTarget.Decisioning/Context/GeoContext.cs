using AdobeTarget.Decisioning.Conditions;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning;

/// <summary>The <c>geo</c> part of a rule context. Absent values are JavaScript <c>undefined</c>. Immutable.</summary>
internal sealed class GeoContext
{
    /// <summary>No geo facts.</summary>
    public static GeoContext Empty { get; } = new(null, null, null, null, null);

    private GeoContext(string? country, string? region, string? city, double? latitude, double? longitude)
    {
        Country = country;
        Region = region;
        City = city;
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>The country code.</summary>
    public string? Country { get; }

    /// <summary>The region (state) code.</summary>
    public string? Region { get; }

    /// <summary>The city.</summary>
    public string? City { get; }

    /// <summary>The latitude.</summary>
    public double? Latitude { get; }

    /// <summary>The longitude.</summary>
    public double? Longitude { get; }

    /// <summary>The geo facts of a Delivery API <see cref="Geo"/>.</summary>
    public static GeoContext From(Geo? geo) => geo is null
        ? Empty
        : new GeoContext(geo.CountryCode, geo.StateCode, geo.City, Finite(geo.Latitude), Finite(geo.Longitude));

    /// <summary>A field by name, as a JavaScript value (<c>undefined</c> when absent or unknown).</summary>
    public JsValue Get(string name) => name switch
    {
        "country" => FromString(Country),
        "region" => FromString(Region),
        "city" => FromString(City),
        "latitude" => Latitude is { } lat ? JsValue.FromNumber(lat) : JsValue.Undefined,
        "longitude" => Longitude is { } lon ? JsValue.FromNumber(lon) : JsValue.Undefined,
        _ => JsValue.Undefined,
    };

    /// <summary>The context as a JavaScript object, absent values left out.</summary>
    public JsValue AsObject()
    {
        var properties = new Dictionary<string, JsValue>(5, StringComparer.Ordinal);
        foreach (var name in (ReadOnlySpan<string>)["country", "region", "city", "latitude", "longitude"])
        {
            var value = Get(name);
            if (value.Kind != JsValueKind.Undefined)
            {
                properties[name] = value;
            }
        }

        return JsValue.FromObject(properties);
    }

    private static JsValue FromString(string? value) => value is null ? JsValue.Undefined : JsValue.FromString(value);

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
