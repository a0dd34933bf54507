using Microsoft.AspNetCore.Http;

namespace AdobeTarget.Internal;

/// <summary>Puts the visitor's <see cref="ITargetVisitorFeature"/> on each request; reads nothing until it is used.</summary>
internal sealed class AdobeTargetMiddleware(RequestDelegate next, TargetVisitorServices services)
{
    public Task Invoke(HttpContext context)
    {
        var visitor = new TargetVisitorState(context, services);
        context.Features.Set(visitor);
        context.Features.Set<ITargetVisitorFeature>(visitor);
        context.Response.RegisterForDispose(visitor);
        return next(context);
    }
}
