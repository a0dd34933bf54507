using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>Minimal API endpoints of the <see cref="TargetTestApp"/>.</summary>
public static class TestEndpoints
{
    public static void Map(WebApplication app)
    {
        // One prefetch of the seed's mboxes.
        app.MapGet("/offers", async (ITargetClient target, CancellationToken cancellationToken) =>
            View(await target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home", "product1") }, cancellationToken)));

        // Two calls, one after the other: one consistent pair of cookies.
        app.MapGet("/twice", async (ITargetClient target, CancellationToken cancellationToken) =>
        {
            await target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") }, cancellationToken);
            return View(await target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Execute("product1") }, cancellationToken));
        });

        // Two calls at once.
        app.MapGet("/parallel", async (ITargetClient target, CancellationToken cancellationToken) =>
        {
            var calls = await Task.WhenAll(
                target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") }, cancellationToken),
                target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("product1") }, cancellationToken));
            return View(calls[1]);
        });

        // Prefetches, renders, and notifies the display: the page must not wait for the notification.
        app.MapGet("/display", async (ITargetClient target, ITargetNotifier notifier, CancellationToken cancellationToken) =>
        {
            var response = await target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home", "product1") }, cancellationToken);
            await notifier.NotifyDisplayAsync(response, cancellationToken);
            return View(response);
        });

        // A link on an offer: the click arrives in a later request with the token the page carried.
        app.MapGet("/click", async (string mbox, string token, ITargetNotifier notifier) =>
        {
            await notifier.NotifyClickAsync(TargetClick.OnMbox(mbox, token));
            return "clicked";
        });

        // No Target call at all.
        app.MapGet("/none", () => "no target call");

        // The visitor state as the feature reads it, without a call.
        app.MapGet("/visitor", (HttpContext http) =>
        {
            var visitor = http.Features.Get<ITargetVisitorFeature>()!;
            return new VisitorView(visitor.SessionId, visitor.TntId, visitor.LocationHint, visitor.MarketingCloudVisitorId, null);
        });

        // Starts the response, then calls Target: the cookies can no longer be written.
        app.MapGet("/late", async (HttpContext http, ITargetClient target) =>
        {
            await http.Response.WriteAsync("started;");
            await http.Response.Body.FlushAsync();
            await target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") });
            await http.Response.WriteAsync("done");
        });

        // The caller passes its own cookie: the middleware leaves that call alone.
        app.MapGet("/explicit", async (ITargetClient target) =>
            View(await target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), TargetCookie = "session#explicit#99999999999" })));

        // The caller names the session id.
        app.MapGet("/explicit-session", async (ITargetClient target) =>
            View(await target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), SessionId = "chosen-session" })));

        // A request whose own context is partly set.
        app.MapGet("/own-context", async (ITargetClient target) =>
            View(await target.GetOffersAsync(new TargetDeliveryOptions
            {
                Request = Requests.Prefetch("home") with { Context = new Context { UserAgent = "own agent", Address = new Address { Url = "https://own.example/page" } } },
            })));
    }

    public static VisitorView View(TargetDeliveryResponse response) => new(
        response.SessionId,
        response.TntId,
        response.LocationHint,
        null,
        [.. (response.Response?.Prefetch?.Mboxes ?? []).Concat(response.Response?.Execute?.Mboxes ?? []).SelectMany(m => m.Options ?? []).Select(o => o.Content?.GetString() ?? "")]);
}
