using AdobeTarget;

namespace TargetMiddleware.Sample.Models;

/// <summary>What the home page shows: the offers Target chose, and the visitor's ids.</summary>
/// <param name="DecidedBy">How Target decided: <c>server-side</c> (the edge) or <c>on-device</c> (this server, from the rules artifact).</param>
public sealed record HomePage(string? HeroHtml, ProductCard? Product, string? SessionId, string? TntId, bool TargetAnswered, string? DecidedBy)
{
    public static HomePage From(TargetDeliveryResponse? result, ITargetVisitorFeature? visitor)
    {
        var mboxes = result?.Response?.Prefetch?.Mboxes ?? [];
        var hero = mboxes.FirstOrDefault(m => m.Name == "home")?.Options?.FirstOrDefault()?.Content?.GetString();
        var product = mboxes.FirstOrDefault(m => m.Name == "product1");
        return new HomePage(hero, ProductCard.From(product), visitor?.SessionId, visitor?.TntId, result is not null, result?.Meta.DecisioningMethod.Value);
    }
}
