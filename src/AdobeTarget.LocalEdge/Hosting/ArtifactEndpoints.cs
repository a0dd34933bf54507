using AdobeTarget.LocalEdge.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace AdobeTarget.LocalEdge.Hosting;

/// <summary>
/// Serves the edge's rules artifact at Target's CDN path: <c>GET {prefix}/{client}/{environment}/v1/rules.json</c>
/// (or <c>rules.bin</c>), also with a property token segment before the file name. Strong ETags, <c>304</c> on
/// <c>If-None-Match</c>, gzip when accepted, 404 for another client, environment or file.
/// </summary>
internal static class ArtifactEndpoints
{
    /// <summary>How long a client may reuse an artifact without asking again: the edge's artifacts never change while it runs.</summary>
    public const string CacheControl = "public, max-age=60";

    public static void Map(RouteGroupBuilder group, LocalTargetEdge edge)
    {
        group.MapGet("/{client}/{environment}/v1/{file}", (HttpContext http, string client, string environment, string file) =>
            Serve(http, edge, client, environment, null, file));
        group.MapGet("/{client}/{environment}/v1/{propertyToken}/{file}", (HttpContext http, string client, string environment, string propertyToken, string file) =>
            Serve(http, edge, client, environment, propertyToken, file));
    }

    private static Task Serve(HttpContext http, LocalTargetEdge edge, string client, string environment, string? propertyToken, string file)
    {
        // Property tokens: the activities file has none, so every property gets the same artifact.
        var artifact = client == edge.Options.ClientCode && (propertyToken is null || ArtifactWriter.IsPropertyToken(propertyToken))
            ? edge.Artifacts.Find(environment, file)
            : null;
        if (artifact is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var gzip = AcceptsGzip(http.Request.Headers.AcceptEncoding);
        var headers = http.Response.Headers;
        headers.ETag = gzip ? artifact.GzipETag : artifact.ETag;
        headers.CacheControl = CacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        if (artifact.IsNamedBy(http.Request.Headers.IfNoneMatch))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var body = gzip ? artifact.Gzip : artifact.Bytes;
        if (gzip)
        {
            headers.ContentEncoding = "gzip";
        }

        http.Response.ContentType = artifact.ContentType;
        http.Response.ContentLength = body.Length;
        return http.Response.Body.WriteAsync(body, http.RequestAborted).AsTask();
    }

    private static bool AcceptsGzip(IEnumerable<string?> acceptEncoding)
    {
        foreach (var header in acceptEncoding)
        {
            foreach (var part in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var pieces = part.Split(';', StringSplitOptions.TrimEntries);
                if (pieces[0].Equals("gzip", StringComparison.OrdinalIgnoreCase) && !pieces.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
