using System.Text.Json;
using AdobeTarget.Delivery;

namespace TargetMiddleware.Sample.Models;

/// <summary>The product1 offer (a JSON offer) and the token a click on it sends.</summary>
public sealed record ProductCard(string Title, decimal Price, string? Badge, string? ClickToken)
{
    public static ProductCard? From(MboxResponse? mbox)
    {
        if (mbox?.Options?.FirstOrDefault(o => o.Type == OptionType.Json)?.Content is not { ValueKind: JsonValueKind.Object } offer)
        {
            return null;
        }

        return new ProductCard(
            offer.TryGetProperty("title", out var title) ? title.GetString() ?? "Product" : "Product",
            offer.TryGetProperty("price", out var price) && price.TryGetDecimal(out var amount) ? amount : 0,
            offer.TryGetProperty("badge", out var badge) ? badge.GetString() : null,
            mbox.Metrics?.FirstOrDefault(m => m.Type == MetricType.Click)?.EventToken);
    }
}
