using AdobeTarget;

namespace TargetMiddleware.Sample.Models;

/// <summary>What the hybrid page shows and hands to at.js.</summary>
public sealed record HybridPage(TargetDeliveryResponse? Target, string Nonce, string? HeroHtml, IReadOnlyList<string> Views, bool PageLoad, string? SessionId, string? TntId)
{
    public static HybridPage From(TargetDeliveryResponse? result, string nonce, ITargetVisitorFeature? visitor)
    {
        var prefetch = result?.Response?.Prefetch;
        var hero = prefetch?.Mboxes?.FirstOrDefault(m => m.Name == "home")?.Options?.FirstOrDefault()?.Content?.GetString();
        var views = (prefetch?.Views ?? []).Select(v => v.Name ?? "").ToList();
        return new HybridPage(result, nonce, hero, views, prefetch?.PageLoad?.Options is { Count: > 0 }, visitor?.SessionId, visitor?.TntId);
    }
}
