using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>
/// Geo for local decisions: the geo fixture's <c>mbox-geography</c> answers only visitors located in San Francisco, so
/// an option means the lookup reached the engine.
/// </summary>
public class OnDeviceGeoTests
{
    private const string VisitorIp = "203.0.113.7";

    [Fact]
    public async Task GetOffersAsync_IpOnly_LooksUpGeoOnceAndCachesIt()
    {
        await using var geo = await GeoEndpointStub.StartAsync();
        await using var harness = await StartAsync(geo);

        var first = await harness.Client.GetOffersAsync(Call());
        var second = await harness.Client.GetOffersAsync(Call());

        Assert.Equal([VisitorIp], geo.Requests);
        Assert.True(LocatedInSanFrancisco(first));
        Assert.True(LocatedInSanFrancisco(second));
        Assert.Empty(harness.Edge.Requests);
    }

    [Fact]
    public async Task GetOffersAsync_GeoGivenInTheRequest_DoesNotLookUp()
    {
        await using var geo = await GeoEndpointStub.StartAsync();
        await using var harness = await StartAsync(geo);
        var call = Call();
        call.Request!.Context!.Geo = new Geo { IpAddress = VisitorIp, City = "SAN FRANCISCO", StateCode = "CA", CountryCode = "US", Latitude = 37.75, Longitude = -122.4 };

        var response = await harness.Client.GetOffersAsync(call);

        Assert.Empty(geo.Requests);
        Assert.True(LocatedInSanFrancisco(response));
    }

    [Fact]
    public async Task GetOffersAsync_GeoLookupOff_DecidesWithoutGeo()
    {
        await using var geo = await GeoEndpointStub.StartAsync();
        await using var harness = await StartAsync(geo, o => o.OnDevice.GeoLookup = false);

        var response = await harness.Client.GetOffersAsync(Call());

        Assert.Empty(geo.Requests);
        Assert.False(LocatedInSanFrancisco(response));
    }

    [Fact]
    public async Task GetOffersAsync_GeoEndpointHangs_DecidesWithoutGeoWhenTheTimeoutPasses()
    {
        await using var geo = await GeoEndpointStub.StartAsync();
        geo.Hang = true;
        await using var harness = await StartAsync(geo, o => o.Timeout = TimeSpan.FromSeconds(2));

        var call = harness.Client.GetOffersAsync(Call());
        await Eventually.TrueAsync(() => geo.Requests.Count == 1);
        Assert.False(call.IsCompleted);
        await NotifierHarness.AdvanceUntilAsync(harness.Time, call, TimeSpan.FromSeconds(1));

        Assert.False(LocatedInSanFrancisco(await call));
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Id.Id == 1502 && r.Message.Contains("timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetOffersAsync_TwoCallsForOneIpWhileTheLookupHangs_ShareOneRequest()
    {
        await using var geo = await GeoEndpointStub.StartAsync();
        geo.Hang = true;
        await using var harness = await StartAsync(geo, o => o.Timeout = TimeSpan.FromSeconds(2));

        var first = harness.Client.GetOffersAsync(Call());
        await Eventually.TrueAsync(() => geo.Requests.Count == 1);
        var second = harness.Client.GetOffersAsync(Call()); // joins the lookup in flight before returning its task
        await NotifierHarness.AdvanceUntilAsync(harness.Time, Task.WhenAll(first, second), TimeSpan.FromSeconds(1));

        Assert.Single(geo.Requests);
        Assert.False(LocatedInSanFrancisco(await first));
        Assert.False(LocatedInSanFrancisco(await second));
    }

    [Fact]
    public async Task GetOffersAsync_AfterTheEndpointTimedOut_SkipsLookupsForTheOutagePause()
    {
        await using var geo = await GeoEndpointStub.StartAsync();
        geo.Hang = true;
        await using var harness = await StartAsync(geo, o => o.Timeout = TimeSpan.FromSeconds(2));
        var first = harness.Client.GetOffersAsync(Call());
        await Eventually.TrueAsync(() => geo.Requests.Count == 1);
        await NotifierHarness.AdvanceUntilAsync(harness.Time, first, TimeSpan.FromSeconds(1));
        geo.Hang = false;

        var paused = await harness.Client.GetOffersAsync(Call("198.51.100.9"));
        harness.Time.Advance(GeoLookup.OutagePause);
        var resumed = await harness.Client.GetOffersAsync(Call("198.51.100.9"));

        Assert.False(LocatedInSanFrancisco(paused));
        Assert.True(LocatedInSanFrancisco(resumed));
        Assert.Equal([VisitorIp, "198.51.100.9"], geo.Requests);
    }

    [Fact]
    public async Task GetOffersAsync_GeoEndpointAnswersGarbage_DecidesWithoutGeoAndLogs()
    {
        await using var geo = await GeoEndpointStub.StartAsync();
        geo.Body = "<html>not json</html>";
        await using var harness = await StartAsync(geo);

        var response = await harness.Client.GetOffersAsync(Call());

        Assert.False(LocatedInSanFrancisco(response));
        Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1502);
    }

    [Fact]
    public async Task GetOffersAsync_RegisteredGeoResolver_IsUsedInsteadOfTheEndpoint()
    {
        await using var geo = await GeoEndpointStub.StartAsync();
        var resolver = new FixedGeoResolver(new Geo { City = "SAN FRANCISCO", StateCode = "CA", CountryCode = "US", Latitude = 37.75, Longitude = -122.4 });
        await using var harness = await StartAsync(geo, build: b => b.Services.AddSingleton<ITargetGeoResolver>(resolver));

        var response = await harness.Client.GetOffersAsync(Call());

        Assert.True(LocatedInSanFrancisco(response));
        Assert.Equal([VisitorIp], resolver.Asked);
        Assert.Empty(geo.Requests);
    }

    [Fact]
    public async Task GetOffersAsync_GeoResolverHangs_DecidesWithoutGeoAtTheTimeoutAndCancelsTheResolver()
    {
        await using var geo = await GeoEndpointStub.StartAsync();
        var resolver = new HangingGeoResolver();
        await using var harness = await StartAsync(geo, o => o.Timeout = TimeSpan.FromSeconds(2), b => b.Services.AddSingleton<ITargetGeoResolver>(resolver));

        var call = harness.Client.GetOffersAsync(Call());
        await resolver.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await NotifierHarness.AdvanceUntilAsync(harness.Time, call, TimeSpan.FromSeconds(1));

        Assert.False(LocatedInSanFrancisco(await call));
        await resolver.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30)); // told to give up, not left running
        Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1502);
    }

    private static Task<ClientHarness> StartAsync(GeoEndpointStub geo, Action<AdobeTargetOptions>? configure = null, Action<AdobeTargetBuilder>? build = null) =>
        ClientHarness.StartAsync(
            o =>
            {
                o.DecisioningMethod = TargetDecisioningMethod.OnDevice;
                o.OnDevice.GeoLocation = geo.Location;
                configure?.Invoke(o);
            },
            b =>
            {
                build?.Invoke(b);
            }).ContinueWith(t => Publish(t.Result), TaskScheduler.Default);

    private static ClientHarness Publish(ClientHarness harness)
    {
        OnDeviceArtifacts.Publish(harness.Services, "TEST_ARTIFACT_GEO");
        return harness;
    }

    private static TargetDeliveryOptions Call(string ipAddress = VisitorIp)
    {
        var request = OnDeviceArtifacts.Execute("mbox-geography");
        request.Id = new VisitorId { ThirdPartyId = "338e3c1e51f7416a8e1ccba4f81acea0.28_0" };
        request.Context!.Geo = new Geo { IpAddress = ipAddress };
        return new TargetDeliveryOptions { Request = request };
    }

    private static bool LocatedInSanFrancisco(TargetDeliveryResponse response) =>
        Assert.Single(response.Response!.Execute!.Mboxes!).Options is [var option] && option.Content!.Value.GetProperty("geo").GetBoolean();

    private sealed class FixedGeoResolver(Geo geo) : ITargetGeoResolver
    {
        private readonly List<string> _asked = [];

        public IReadOnlyList<string> Asked => _asked;

        public ValueTask<Geo?> ResolveAsync(string ipAddress, CancellationToken cancellationToken)
        {
            _asked.Add(ipAddress);
            return ValueTask.FromResult<Geo?>(geo);
        }
    }

    private sealed class HangingGeoResolver : ITargetGeoResolver
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async ValueTask<Geo?> ResolveAsync(string ipAddress, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult();
                throw;
            }

            return null;
        }
    }
}
