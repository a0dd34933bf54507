using System.Text.Json;
using AdobeTarget.Delivery;
using AdobeTarget.LocalEdge;
using AdobeTarget.LocalEdge.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Mounts a <see cref="LocalTargetEdge"/> into an ASP.NET Core app.</summary>
public static class LocalEdgeEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the Delivery API (<c>POST {prefix}/rest/v1/delivery</c>), the on-device rules artifact at Target's CDN path
    /// (<c>GET {prefix}/{client}/{environment}/v1/rules.json</c> or <c>rules.bin</c>, optionally with a property token
    /// segment before the file name), the geo lookup (<c>GET {prefix}/v1/geo</c>) and the report
    /// (<c>GET {prefix}/_edge/report</c>, <c>{prefix}/_edge/report.json</c>; <c>POST {prefix}/_edge/reset</c>) of the
    /// edge registered with <c>AddTargetLocalEdge()</c>.
    /// </summary>
    /// <param name="endpoints">The endpoint route builder.</param>
    /// <param name="prefix">A path prefix, such as <c>/edge</c>; empty by default.</param>
    /// <returns>The endpoints' convention builder.</returns>
    /// <exception cref="InvalidOperationException"><c>services.AddTargetLocalEdge()</c> was not called.</exception>
    public static IEndpointConventionBuilder MapTargetLocalEdge(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var edge = endpoints.ServiceProvider.GetService<LocalTargetEdge>()
            ?? throw new InvalidOperationException("Unable to find the local edge. Add it by calling 'services.AddTargetLocalEdge(...)' before 'MapTargetLocalEdge()'.");
        return endpoints.MapTargetLocalEdge(edge, prefix);
    }

    /// <summary>Serves a given edge; see <see cref="MapTargetLocalEdge(IEndpointRouteBuilder, string)"/>.</summary>
    /// <param name="endpoints">The endpoint route builder.</param>
    /// <param name="edge">The edge.</param>
    /// <param name="prefix">A path prefix; empty by default.</param>
    /// <returns>The endpoints' convention builder.</returns>
    public static IEndpointConventionBuilder MapTargetLocalEdge(this IEndpointRouteBuilder endpoints, LocalTargetEdge edge, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(edge);
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/rest/v1/delivery", http => DeliverAsync(http, edge));
        AdobeTarget.LocalEdge.Hosting.ArtifactEndpoints.Map(group, edge);
        AdobeTarget.LocalEdge.Hosting.GeoEndpoint.Map(group, edge);
        group.MapGet("/_edge/report.json", http =>
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            return JsonSerializer.SerializeAsync(http.Response.Body, edge.Report(), LocalEdgeJsonContext.Default.LocalEdgeReport, http.RequestAborted);
        });
        group.MapGet("/_edge/report", http =>
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            return http.Response.WriteAsync(ReportPage.Render(edge.Report()), http.RequestAborted);
        });
        group.MapPost("/_edge/reset", http =>
        {
            edge.Reset();
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        return group;
    }

    private static async Task DeliverAsync(HttpContext http, LocalTargetEdge edge)
    {
        DeliveryRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(http.Request.Body, DeliveryJsonContext.Default.DeliveryRequest, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            await WriteErrorAsync(http, $"The request body is not valid JSON: {e.Message}").ConfigureAwait(false);
            return;
        }

        var answer = edge.Answer(request, http.Request.Query["sessionId"], http.Request.Query["imsOrgId"]);
        if (answer.ErrorMessage is { } message)
        {
            await WriteErrorAsync(http, message).ConfigureAwait(false);
            return;
        }

        http.Response.StatusCode = answer.Status;
        if (answer.Response is { } response)
        {
            http.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(http.Response.Body, response, DeliveryJsonContext.Default.DeliveryResponse, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private static Task WriteErrorAsync(HttpContext http, string message)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        http.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(http.Response.Body, new UnexpectedError { Status = 400, Message = message }, DeliveryJsonContext.Default.UnexpectedError, http.RequestAborted);
    }
}
