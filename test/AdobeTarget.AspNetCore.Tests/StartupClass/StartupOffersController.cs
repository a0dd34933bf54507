using Microsoft.AspNetCore.Mvc;

namespace AdobeTarget.AspNetCore.Tests.StartupClass;

/// <summary>A controller of the <see cref="Startup"/> app: prefetches with the injected client and notifies the display.</summary>
[ApiController]
[Route("startup/offers")]
public sealed class StartupOffersController(ITargetClient target, ITargetNotifier notifier) : ControllerBase
{
    [HttpGet]
    public async Task<string[]> Get(CancellationToken cancellationToken)
    {
        var result = await target.GetOffersAsync(new TargetDeliveryOptions { Request = Infrastructure.Requests.Prefetch("home") }, cancellationToken);
        await notifier.NotifyDisplayAsync(result, cancellationToken);
        return [.. (result.Response?.Prefetch?.Mboxes ?? []).SelectMany(m => m.Options ?? []).Select(o => o.Content?.GetString() ?? "")];
    }
}
