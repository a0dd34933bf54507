using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.Shared;

/// <summary>
/// A small ASP.NET Core app on Kestrel at 127.0.0.1 and a free port: what a local edge, a stand-in of the edge or an
/// application under test runs on in integration tests and tools. Nothing listens beyond loopback.
/// </summary>
/// <remarks>
/// Shared source, not public API: compiled as an internal type into <c>AdobeTarget.LocalEdge</c> (for
/// <c>LocalEdgeServer</c>) and into the test, benchmark and load projects that need one
/// (<c>&lt;Compile Include="…/src/Shared/LoopbackApp.cs" Link="…" /&gt;</c>).
/// </remarks>
internal sealed class LoopbackApp : IAsyncDisposable
{
    private LoopbackApp(WebApplication app)
    {
        App = app;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/");
    }

    /// <summary>Gets the running application.</summary>
    public WebApplication App { get; }

    /// <summary>Gets the address it listens on, such as <c>http://127.0.0.1:5081/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Gets the address as a host and port, such as <c>127.0.0.1:5081</c> (the value for <c>AdobeTargetOptions.ServerDomain</c>).</summary>
    public string Authority => Address.Authority;

    /// <summary>Starts an app with no logging providers.</summary>
    /// <param name="configure">Maps the app's endpoints and middleware.</param>
    /// <param name="services">Registers services, if any.</param>
    /// <param name="port">The port, or 0 for a free one.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running app; dispose it to stop.</returns>
    public static async Task<LoopbackApp> StartAsync(Action<WebApplication> configure, Action<IServiceCollection>? services = null, int port = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        configure(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new LoopbackApp(app);
    }

    /// <summary>Stops the app.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
    }
}
