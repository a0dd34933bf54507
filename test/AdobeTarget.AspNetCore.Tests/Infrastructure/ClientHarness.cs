using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.AspNetCore.Tests.Infrastructure;

/// <summary>
/// <c>AddAdobeTarget()</c> in a container of its own, wired to a <see cref="StubEdge"/> on loopback, with fake time
/// and captured logs.
/// </summary>
public sealed class ClientHarness : IAsyncDisposable
{
    public const string ClientCode = "acme";
    public const string OrganizationId = "ABC123DEF456@AdobeOrg";
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private ClientHarness(StubEdge edge, ServiceProvider services, FakeTimeProvider time)
    {
        Edge = edge;
        Services = services;
        Time = time;
    }

    public StubEdge Edge { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public ITargetClient Client => Services.GetRequiredService<ITargetClient>();

    public static async Task<ClientHarness> StartAsync(Action<AdobeTargetOptions>? configure = null, Action<AdobeTargetBuilder>? build = null, int? port = null)
    {
        var edge = await StubEdge.StartAsync();
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddFakeLogging());
        services.AddSingleton<TimeProvider>(time);
        var builder = services.AddAdobeTarget(options =>
        {
            options.ClientCode = ClientCode;
            options.OrganizationId = OrganizationId;
            options.Secure = false;
            configure?.Invoke(options);
        });
        builder.DeliveryHttpClient.ConfigurePrimaryHttpMessageHandler(() => LoopbackHandler.To(port ?? edge.Port));
        build?.Invoke(builder);
        return new ClientHarness(edge, services.BuildServiceProvider(validateScopes: true), time);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Edge.DisposeAsync();
    }
}
