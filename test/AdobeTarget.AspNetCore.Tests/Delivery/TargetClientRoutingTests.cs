using AdobeTarget.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore.Tests.Delivery;

/// <summary>Which host each call goes to. Only validated hints ever shape a host name.</summary>
public class TargetClientRoutingTests
{
    [Fact]
    public async Task GetOffersAsync_LocationHint_GoesToThatEdgeCluster()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), TargetLocationHint = "21" });

        Assert.Equal("mboxedge21.tt.omtrdc.net", Assert.Single(harness.Edge.Requests).Host);
    }

    [Fact]
    public async Task GetOffersAsync_NoHintButTntIdSuffix_GoesToTheProfilesCluster()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions
        {
            Request = Requests.Prefetch("home"),
            TargetCookie = Requests.Cookie(harness.Time.GetUtcNow(), tntId: "08210e2d751a44779b8313e2d2692b96.31_27"),
        });

        Assert.Equal("mboxedge31.tt.omtrdc.net", Assert.Single(harness.Edge.Requests).Host);
    }

    [Theory]
    [InlineData("evil.com")]
    [InlineData("21.evil.com")]
    [InlineData("21/../x")]
    [InlineData("21@evil.com")]
    [InlineData("21:8080")]
    [InlineData("12345")]
    [InlineData("\r\nHost: evil.com")]
    public async Task GetOffersAsync_HostileHint_IsIgnoredAndLoggedAtDebug(string hint)
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), TargetLocationHint = hint });

        Assert.Equal("acme.tt.omtrdc.net", Assert.Single(harness.Edge.Requests).Host);
        var log = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 1002);
        Assert.Equal(LogLevel.Debug, log.Level);
        Assert.DoesNotContain("evil", log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOffersAsync_ServerDomainConfigured_AlwaysGoesThere()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.ServerDomain = "target.example.com:8080");

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), TargetLocationHint = "21" });

        Assert.Equal("target.example.com:8080", Assert.Single(harness.Edge.Requests).Host);
    }

    [Fact]
    public async Task GetOffersAsync_HandlerAddedByTheApplication_SeesTheFinalAddress()
    {
        var seen = new List<Uri>();
        await using var harness = await ClientHarness.StartAsync(build: b => b.DeliveryHttpClient.AddHttpMessageHandler(() => new RecordingHandler(seen)));

        await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home"), TargetLocationHint = "21" });

        var uri = Assert.Single(seen);
        Assert.Equal("http", uri.Scheme);
        Assert.Equal("mboxedge21.tt.omtrdc.net", uri.Host);
        Assert.Equal("/rest/v1/delivery", uri.AbsolutePath);
    }

    [Fact]
    public void DeliveryHttpClient_IsRegisteredUnderItsDocumentedName()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAdobeTarget(o =>
        {
            o.ClientCode = "acme";
            o.OrganizationId = "A1@AdobeOrg";
        });
        using var provider = services.BuildServiceProvider();

        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(AdobeTargetDefaults.DeliveryHttpClientName);

        Assert.Equal(new Uri("https://acme.tt.omtrdc.net/"), client.BaseAddress);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    private sealed class RecordingHandler(List<Uri> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
