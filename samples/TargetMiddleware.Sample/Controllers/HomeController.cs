using AdobeTarget;
using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Mvc;
using TargetMiddleware.Sample.Models;

namespace TargetMiddleware.Sample.Controllers;

/// <summary>The seed document's example: prefetch home and product1, render them, notify the display; notify clicks.</summary>
public sealed class HomeController(ITargetClient target, ITargetNotifier notifier) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var mboxes = new List<MboxRequest>
        {
            new() { Name = "home", Index = 0 },
            new() { Name = "product1", Index = 1 },
        };
        var request = new DeliveryRequest { Prefetch = new PrefetchRequest { Mboxes = mboxes } };

        TargetDeliveryResponse? result = null;
        try
        {
            result = await target.GetOffersAsync(new TargetDeliveryOptions { Request = request }, cancellationToken);

            // Prefetched content counts no impression until Target hears it was displayed. Queued: returns at once.
            await notifier.NotifyDisplayAsync(result, cancellationToken);
        }
        catch (TargetException)
        {
            // Target failed (already logged once by the client): the page shows its default content.
        }

        return View(HomePage.From(result, HttpContext.Features.Get<ITargetVisitorFeature>()));
    }

    /// <summary>The link on the product1 offer: the click is a conversion for the activity.</summary>
    public async Task<IActionResult> Product(string? token, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(token))
        {
            await notifier.NotifyClickAsync(TargetClick.OnMbox("product1", token), cancellationToken);
        }

        return View();
    }
}
