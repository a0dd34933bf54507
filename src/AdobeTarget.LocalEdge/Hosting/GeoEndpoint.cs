using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AdobeTarget.LocalEdge.Hosting;

/// <summary>
/// Serves Target's geo lookup (<c>GET {prefix}/v1/geo</c>): the location of the first address in
/// <c>X-Forwarded-For</c>, from the activities file's <c>geo</c> map, as JSON with <c>x-geo-latitude</c>,
/// <c>x-geo-longitude</c> (numbers), <c>x-geo-city</c>, <c>x-geo-region-code</c> and <c>x-geo-country-code</c>;
/// members the location lacks are left out, so an unknown address gets <c>defaultGeo</c> or <c>{}</c>.
/// </summary>
internal static class GeoEndpoint
{
    public static void Map(RouteGroupBuilder group, LocalTargetEdge edge) =>
        group.MapGet("/v1/geo", (HttpContext http) => WriteAsync(http, edge.Geo.Find(http.Request.Headers["X-Forwarded-For"].ToString())));

    private static async Task WriteAsync(HttpContext http, LocalGeo? geo)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        var json = new Utf8JsonWriter(http.Response.Body);
        await using var _ = json.ConfigureAwait(false);
        json.WriteStartObject();
        if (geo?.Longitude is { } longitude)
        {
            json.WriteNumber("x-geo-longitude", longitude);
        }

        if (geo?.Latitude is { } latitude)
        {
            json.WriteNumber("x-geo-latitude", latitude);
        }

        WriteString(json, "x-geo-city", geo?.City);
        WriteString(json, "x-geo-region-code", geo?.RegionCode);
        WriteString(json, "x-geo-country-code", geo?.CountryCode);
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    private static void WriteString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
