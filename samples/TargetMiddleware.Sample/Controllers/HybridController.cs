using System.Security.Cryptography;
using AdobeTarget;
using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Mvc;
using TargetMiddleware.Sample.Models;

namespace TargetMiddleware.Sample.Controllers;

/// <summary>
/// A hybrid page: the server prefetches the views and the page load (and renders the home mbox itself), and hands the
/// prefetch to at.js with <c>&lt;adobe-target-server-state&gt;</c>, so at.js needs no call of its own.
/// </summary>
[Route("hybrid")]
public sealed class HybridController(ITargetClient target, ITargetNotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // A nonce-only Content-Security-Policy: the server-state script runs because it carries the nonce.
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        Response.Headers.ContentSecurityPolicy = $"script-src 'nonce-{nonce}'";

        var request = new DeliveryRequest
        {
            Prefetch = new PrefetchRequest
            {
                Views = [new ViewRequest()], // every view of the site
                PageLoad = new RequestDetails(),
                Mboxes = [new MboxRequest { Name = "home", Index = 0 }],
            },
        };

        TargetDeliveryResponse? result = null;
        try
        {
            result = await target.GetOffersAsync(new TargetDeliveryOptions { Request = request }, cancellationToken);

            // The server displays the home mbox itself, so it notifies that one only. at.js sends the notifications
            // for the views and the page load it applies from serverState: notifying them here would count them twice.
            await notifier.NotifyDisplayAsync(result, TargetDisplayed.MboxesNamed("home"), cancellationToken);
        }
        catch (TargetException)
        {
            // Target failed: the page shows its default content and renders no server state (at.js would call itself).
        }

        return View(HybridPage.From(result, nonce, HttpContext.Features.Get<ITargetVisitorFeature>()));
    }
}
