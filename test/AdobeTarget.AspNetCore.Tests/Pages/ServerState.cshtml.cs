using System.Security.Cryptography;
using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AdobeTarget.AspNetCore.Tests.Pages;

/// <summary>
/// A hybrid page of the test app: prefetches all views and the page load, and hands them to at.js with the tag
/// helper (or, with <c>?use=html</c>, the HTML helper). <c>?csp=true</c> adds a nonce-only Content-Security-Policy.
/// </summary>
public sealed class ServerStateModel(ITargetClient target) : PageModel
{
    public TargetDeliveryResponse? Result { get; private set; }

    public string? Nonce { get; private set; }

    public bool UseHtmlHelper { get; private set; }

    public async Task OnGetAsync(string? use, bool csp, CancellationToken cancellationToken)
    {
        UseHtmlHelper = use == "html";
        if (csp)
        {
            Nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            Response.Headers.ContentSecurityPolicy = $"script-src 'nonce-{Nonce}'; style-src 'nonce-{Nonce}'";
        }

        var request = new DeliveryRequest { Prefetch = new PrefetchRequest { Views = [new ViewRequest()], PageLoad = new RequestDetails() } };
        Result = await target.GetOffersAsync(new TargetDeliveryOptions { Request = request }, cancellationToken);
    }
}
