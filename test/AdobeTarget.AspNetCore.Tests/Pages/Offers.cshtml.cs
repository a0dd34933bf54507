using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AdobeTarget.AspNetCore.Tests.Pages;

/// <summary>A Razor Page of the test app that calls Target in its handler.</summary>
public sealed class OffersModel(ITargetClient target) : PageModel
{
    public TargetDeliveryResponse? Result { get; private set; }

    public IEnumerable<string> Contents =>
        (Result?.Response?.Prefetch?.Mboxes ?? []).SelectMany(m => m.Options ?? []).Select(o => o.Content?.GetString() ?? "");

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await target.GetOffersAsync(new TargetDeliveryOptions { Request = Infrastructure.Requests.Prefetch("home") }, cancellationToken);
}
