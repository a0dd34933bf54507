using AdobeTarget.Delivery;

namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>Requests used across the tests.</summary>
public static class Requests
{
    public static DeliveryRequest Prefetch(params string[] mboxes) => new()
    {
        Prefetch = new PrefetchRequest { Mboxes = [.. mboxes.Select((name, index) => new MboxRequest { Name = name, Index = index })] },
    };

    public static DeliveryRequest Execute(params string[] mboxes) => new()
    {
        Execute = new ExecuteRequest { Mboxes = [.. mboxes.Select((name, index) => new MboxRequest { Name = name, Index = index })] },
    };

    public static string Cookie(DateTimeOffset now, string? session = null, string? tntId = null)
    {
        var seconds = now.ToUnixTimeSeconds();
        var parts = new List<string>();
        if (session is not null)
        {
            parts.Add($"session#{session}#{seconds + 1000}");
        }

        if (tntId is not null)
        {
            parts.Add($"PC#{tntId}#{seconds + 100000}");
        }

        return string.Join('|', parts);
    }
}
