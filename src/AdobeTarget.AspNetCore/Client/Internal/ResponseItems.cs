using System.Text.Json;
using AdobeTarget.Delivery;

namespace AdobeTarget.Internal;

/// <summary>Walks every item of a response that carries options: page loads, mboxes and views, executed then prefetched.</summary>
internal static class ResponseItems
{
    public readonly record struct Item(string? MboxName, IList<Option>? Options, AnalyticsResponse? Analytics, IDictionary<string, JsonElement>? Trace);

    public static IEnumerable<Item> All(DeliveryResponse? response)
    {
        if (response?.Execute is { } execute)
        {
            if (execute.PageLoad is { } pageLoad)
            {
                yield return new(null, pageLoad.Options, pageLoad.Analytics, pageLoad.Trace);
            }

            foreach (var mbox in execute.Mboxes ?? [])
            {
                yield return new(mbox.Name, mbox.Options, mbox.Analytics, mbox.Trace);
            }
        }

        if (response?.Prefetch is { } prefetch)
        {
            if (prefetch.PageLoad is { } pageLoad)
            {
                yield return new(null, pageLoad.Options, pageLoad.Analytics, pageLoad.Trace);
            }

            foreach (var view in prefetch.Views ?? [])
            {
                yield return new(null, view.Options, view.Analytics, view.Trace);
            }

            foreach (var mbox in prefetch.Mboxes ?? [])
            {
                yield return new(mbox.Name, mbox.Options, mbox.Analytics, mbox.Trace);
            }
        }
    }

    public static IReadOnlyList<AnalyticsResponse> AnalyticsOf(DeliveryResponse? response) =>
        [.. All(response).Select(i => i.Analytics).OfType<AnalyticsResponse>()];

    public static IReadOnlyList<IDictionary<string, JsonElement>> TraceOf(DeliveryResponse? response) =>
        [.. All(response).Select(i => i.Trace).OfType<IDictionary<string, JsonElement>>()];

    public static IReadOnlyList<IDictionary<string, JsonElement>> ResponseTokensOf(DeliveryResponse? response) =>
        [.. All(response).SelectMany(i => i.Options ?? []).Select(o => o.ResponseTokens).OfType<IDictionary<string, JsonElement>>()];

    /// <summary>Merges the JSON options of each mbox into one attribute map; a later option's key wins.</summary>
    public static Dictionary<string, Dictionary<string, JsonElement>> AttributesOf(DeliveryResponse? response)
    {
        var byMbox = new Dictionary<string, Dictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (var item in All(response))
        {
            if (item.MboxName is null)
            {
                continue;
            }

            foreach (var option in item.Options ?? [])
            {
                if (option.Type != OptionType.Json || option.Content is not { ValueKind: JsonValueKind.Object } content)
                {
                    continue;
                }

                if (!byMbox.TryGetValue(item.MboxName, out var attributes))
                {
                    byMbox[item.MboxName] = attributes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                }

                foreach (var property in content.EnumerateObject())
                {
                    attributes[property.Name] = property.Value;
                }
            }
        }

        return byMbox;
    }
}
