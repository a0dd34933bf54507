using Microsoft.AspNetCore.Http;

namespace AdobeTarget.Internal;

/// <summary>Puts the visitor's <see cref="ITargetVisitorFeature"/> on each request; reads nothing until it is used.</summary>
internal sealed class AdobeTargetMiddleware(RequestDelegate next, TargetVisitorServices services)
{
    public Task Invoke(HttpContext context)
    {
        context.Features.Set<ITargetVisitorFeature>(new TargetVisitorFeature(context, services));
        return next(context);
    }
}
