using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

public class ArtifactRegistrationTests
{
    [Fact]
    public async Task ServerSide_NoArtifactSettings_PollerDoesNotRun()
    {
        await using var harness = await ArtifactHarness.StartAsync((options, _) =>
        {
            options.DecisioningMethod = TargetDecisioningMethod.ServerSide;
            options.OnDevice.ArtifactLocation = null;
        });

        Assert.True(harness.Poller.Running.IsCompleted);
        Assert.Empty(harness.Server.Requests);
        Assert.False(harness.Store.IsReady);
    }

    [Fact]
    public async Task ServerSide_WithArtifactLocation_LoadsTheArtifactForPerCallOverrides()
    {
        await using var harness = await ArtifactHarness.StartAsync((options, _) => options.DecisioningMethod = TargetDecisioningMethod.ServerSide);

        await harness.WaitUntilReadyAsync();

        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task ArtifactsHttpClient_HandlerAddedByTheApplication_SeesTheDownload()
    {
        var seen = new List<Uri?>();
        await using var harness = await ArtifactHarness.StartAsync(build: builder => builder.ArtifactsHttpClient.AddHttpMessageHandler(() => new RecordingHandler(seen)));

        await harness.WaitUntilReadyAsync();

        Assert.Equal([harness.Server.Address()], seen);
    }

    [Fact]
    public async Task AddAdobeTargetTwice_RegistersOnePoller()
    {
        await using var harness = await ArtifactHarness.StartAsync(build: builder => builder.Services.AddAdobeTarget(), start: false);

        Assert.Single(harness.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ArtifactPollingService>());
    }

    [Fact]
    public void ArtifactsClient_PrimaryHandler_DecompressesAndHasNoTimeoutOfItsOwn()
    {
        var services = new ServiceCollection();
        services.AddAdobeTarget(o =>
        {
            o.ClientCode = "acme";
            o.OrganizationId = "ABC123@AdobeOrg";
        });
        using var provider = services.BuildServiceProvider();
        var factoryOptions = provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<HttpClientFactoryOptions>>().Get(AdobeTargetDefaults.ArtifactsHttpClientName);
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(AdobeTargetDefaults.ArtifactsHttpClientName);
        using var handler = ArtifactRegistration.CreatePrimaryHandler(new TargetOnDeviceOptions());

        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
        Assert.Equal(System.Net.DecompressionMethods.All, handler.AutomaticDecompression);
        Assert.Equal(TimeSpan.FromMinutes(5), handler.PooledConnectionLifetime);
        Assert.False(handler.UseCookies);
        Assert.NotEmpty(factoryOptions.HttpMessageHandlerBuilderActions);
    }

    private sealed class RecordingHandler(List<Uri?> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add(request.RequestUri);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
