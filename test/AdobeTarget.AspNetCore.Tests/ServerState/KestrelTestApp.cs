using AdobeTarget.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore.Tests.ServerState;

/// <summary>
/// The test app's Razor Pages with <c>AddAdobeTarget()</c> and <c>UseAdobeTarget()</c> on Kestrel at 127.0.0.1 (a
/// browser needs a socket), Delivery API calls answered by a <see cref="StubEdge"/> on loopback.
/// </summary>
public sealed class KestrelTestApp : IAsyncDisposable
{
    private KestrelTestApp(WebApplication app, StubEdge edge)
    {
        App = app;
        Edge = edge;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/");
    }

    public WebApplication App { get; }

    public StubEdge Edge { get; }

    public Uri Address { get; }

    public static async Task<KestrelTestApp> StartAsync()
    {
        var edge = await StubEdge.StartAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(KestrelTestApp).Assembly.GetName().Name,
            EnvironmentName = "Testing",
        });
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddRazorPages();
        builder.Services.AddAdobeTarget(options =>
        {
            options.ClientCode = ClientHarness.ClientCode;
            options.OrganizationId = ClientHarness.OrganizationId;
            options.Secure = false;
        }).DeliveryHttpClient.ConfigurePrimaryHttpMessageHandler(() => LoopbackHandler.To(edge.Port));
        var app = builder.Build();
        app.UseAdobeTarget();
        app.MapRazorPages();
        await app.StartAsync();
        return new KestrelTestApp(app, edge);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Edge.DisposeAsync();
    }
}
