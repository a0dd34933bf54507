using Microsoft.AspNetCore.Mvc;

namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>An MVC controller of the <see cref="TargetTestApp"/> that injects <see cref="ITargetClient"/>.</summary>
[ApiController]
[Route("mvc/offers")]
public sealed class OffersController(ITargetClient target) : ControllerBase
{
    [HttpGet]
    public async Task<VisitorView> Get(CancellationToken cancellationToken) =>
        TestEndpoints.View(await target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") }, cancellationToken));
}
