using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the Adobe Target middleware to the request pipeline.</summary>
public static class AdobeTargetApplicationBuilderExtensions
{
    /// <summary>
    /// Makes Target cookie handling automatic: <c>ITargetClient</c> calls made while handling a request use the
    /// visitor's <c>mbox</c>, <c>mboxEdgeCluster</c> and <c>AMCV_</c> cookies and the request's context, and the
    /// updated cookies are written when the response starts.
    /// </summary>
    /// <param name="app">The application builder.</param>
    /// <returns>The application builder.</returns>
    /// <exception cref="InvalidOperationException"><c>services.AddAdobeTarget()</c> was not called.</exception>
    /// <remarks>Place it after <c>UseForwardedHeaders()</c> and <c>UseCookiePolicy()</c>, before the endpoints that call Target.</remarks>
    public static IApplicationBuilder UseAdobeTarget(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ApplicationServices.GetService<AdobeTargetMarker>() is null)
        {
            throw new InvalidOperationException(
                "Unable to find the Adobe Target services. Add them by calling 'services.AddAdobeTarget()' in the application's start-up code before 'app.UseAdobeTarget()'.");
        }

        return app.UseMiddleware<AdobeTargetMiddleware>();
    }
}
