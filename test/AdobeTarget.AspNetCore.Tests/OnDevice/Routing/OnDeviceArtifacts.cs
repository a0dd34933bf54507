using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>
/// Loads the on-device conformance artifacts (TestData/on-device, linked from the engine's tests) and publishes one
/// into a container's <see cref="ArtifactStore"/>, as the artifact poller would.
/// </summary>
internal static class OnDeviceArtifacts
{
    /// <summary>A Chrome user agent (the property fixture's rules match on it).</summary>
    public const string ChromeUserAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.163 Safari/537.36";

    public static TargetArtifact Load(string name) =>
        TargetArtifact.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "on-device", name + ".json")));

    public static void Publish(IServiceProvider services, string name)
    {
        var store = services.GetRequiredService<ArtifactStore>();
        store.Publish(new ArtifactSnapshot(Load(name), "\"etag\"", "test:" + name, services.GetRequiredService<TimeProvider>().GetUtcNow()));
    }

    /// <summary>An execute of <paramref name="mboxes"/> with a page address (so the engine has a context).</summary>
    public static DeliveryRequest Execute(params string[] mboxes) => new()
    {
        Context = new Context { Channel = ChannelType.Web, Address = new Address { Url = "http://local-target-test/" }, UserAgent = ChromeUserAgent },
        Execute = new ExecuteRequest { Mboxes = [.. mboxes.Select((name, index) => new MboxRequest { Name = name, Index = index + 1 })] },
    };

    /// <summary>A prefetch of <paramref name="mboxes"/> with a page address.</summary>
    public static DeliveryRequest Prefetch(params string[] mboxes) => new()
    {
        Context = new Context { Channel = ChannelType.Web, Address = new Address { Url = "http://local-target-test/" }, UserAgent = ChromeUserAgent },
        Prefetch = new PrefetchRequest { Mboxes = [.. mboxes.Select((name, index) => new MboxRequest { Name = name, Index = index + 1 })] },
    };
}
