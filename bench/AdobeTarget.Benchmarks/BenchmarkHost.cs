using AdobeTarget.Delivery;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.Benchmarks;

/// <summary>The integration as an application registers it, pointed at the stand-in edge.</summary>
internal static class BenchmarkHost
{
    public static IHost Build(int port, Action<AdobeTargetOptions>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddAdobeTarget(o =>
        {
            o.ClientCode = "bench";
            o.OrganizationId = "BENCH0000@AdobeOrg";
            o.ServerDomain = $"127.0.0.1:{port}";
            o.Secure = false;
            configure?.Invoke(o);
        });
        return builder.Build();
    }

    /// <summary>The seed document's request: prefetch the home and product1 mboxes.</summary>
    public static DeliveryRequest SeedRequest() => new()
    {
        Prefetch = new PrefetchRequest
        {
            Mboxes = [new MboxRequest { Name = "home", Index = 0 }, new MboxRequest { Name = "product1", Index = 1 }],
        },
    };
}
