using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.LoadTest;

/// <summary>
/// The pages under load. Each answers <see cref="Edge"/> or <see cref="Device"/> (Target content, by who decided),
/// <see cref="Default"/> (Target failed: default content) or <see cref="Empty"/> (Target answered without content for
/// an mbox).
/// </summary>
internal static class LoadPages
{
    public const string Edge = "target-edge";
    public const string Device = "target-device";
    public const string Default = "default";
    public const string Empty = "empty";

    private static readonly string[] Mboxes = ["home", "product1"];

    /// <summary>Server-side: prefetch home and product1, notify the display (the application's job for prefetch).</summary>
    public static async Task PrefetchAsync(HttpContext http)
    {
        var target = http.RequestServices.GetRequiredService<ITargetClient>();
        var notifier = http.RequestServices.GetRequiredService<ITargetNotifier>();
        var request = new DeliveryRequest { Prefetch = new PrefetchRequest { Mboxes = MboxRequests() } };
        string body;
        try
        {
            var response = await target.GetOffersAsync(new TargetDeliveryOptions { Request = request }, http.RequestAborted);
            await notifier.NotifyDisplayAsync(response, http.RequestAborted);
            body = Outcome(response, response.Response?.Prefetch?.Mboxes);
        }
        catch (TargetException)
        {
            body = Default;
        }

        await http.Response.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>
    /// On-device or hybrid: execute home and product1. Decided on this server, the library queues the display
    /// notifications itself (the page does not notify).
    /// </summary>
    public static async Task ExecuteAsync(HttpContext http)
    {
        var target = http.RequestServices.GetRequiredService<ITargetClient>();
        var request = new DeliveryRequest { Execute = new ExecuteRequest { Mboxes = MboxRequests() } };
        string body;
        try
        {
            var response = await target.GetOffersAsync(new TargetDeliveryOptions { Request = request }, http.RequestAborted);
            body = Outcome(response, response.Response?.Execute?.Mboxes);
        }
        catch (TargetException)
        {
            body = Default;
        }

        await http.Response.WriteAsync(body, http.RequestAborted);
    }

    private static List<MboxRequest> MboxRequests() => [.. Mboxes.Select((name, index) => new MboxRequest { Name = name, Index = index })];

    /// <summary>Target content when every mbox asked for came back with an option; who decided, from the response's meta.</summary>
    private static string Outcome(TargetDeliveryResponse response, IEnumerable<MboxResponse>? mboxes)
    {
        var served = mboxes?.Where(m => m.Options is { Count: > 0 }).Select(m => m.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        if (!Mboxes.All(served.Contains))
        {
            return Empty;
        }

        return response.Meta.DecisioningMethod == DecisioningMethod.OnDevice ? Device : Edge;
    }
}
