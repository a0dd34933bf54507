using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AdobeTarget.AspNetCore.Tests.Visitor;

/// <summary>
/// The feature contract: an <see cref="ITargetVisitorFeature"/> the application sets is used through the interface
/// (its ids reach the edge) and nothing is written back; the middleware's own state is used when it is the feature.
/// </summary>
public class VisitorFeatureContractTests
{
    private static readonly ApplicationVisitorFeature AppVisitor = new("app-session", "app-tnt.31_0", "17", "4242");

    private static void MapAppFeatureEndpoints(WebApplication app)
    {
        app.MapGet("/contract/offers", async (HttpContext http, ITargetClient target) =>
        {
            http.Features.Set<ITargetVisitorFeature>(AppVisitor);
            return TestEndpoints.View(await target.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("home") }));
        });
        app.MapGet("/contract/click", async (HttpContext http, ITargetNotifier notifier) =>
        {
            http.Features.Set<ITargetVisitorFeature>(AppVisitor);
            await notifier.NotifyClickAsync(TargetClick.OnMbox("home", "click-token"));
            return "clicked";
        });
    }

    [Fact]
    public async Task GetOffersAsync_ApplicationSetFeature_ItsIdsReachTheEdgeAndNoCookieIsWritten()
    {
        await using var app = await TargetTestApp.StartAsync(beforeTarget: MapAppFeatureEndpoints);

        var page = await app.GetAsync("/contract/offers", PrecedenceCalls.RequestCookies(app.Time.GetUtcNow()));

        var sent = Assert.Single(app.Edge.Requests);
        PrecedenceCalls.AssertSent(sent, "app-session", "app-tnt.31_0", "mboxedge17.tt.omtrdc.net");
        Assert.Equal("4242", sent.Json["id"]!["marketingCloudVisitorId"]!.GetValue<string>());
        Assert.Equal("app-session", page.Visitor.SessionId);
        Assert.Empty(page.SetCookies);
    }

    [Fact]
    public async Task NotifyClickAsync_ApplicationSetFeature_GoesWithItsIds()
    {
        await using var app = await TargetTestApp.StartAsync(beforeTarget: MapAppFeatureEndpoints);

        var page = await app.GetAsync("/contract/click", PrecedenceCalls.RequestCookies(app.Time.GetUtcNow()));
        await app.App.Services.GetRequiredService<ITargetNotifier>().FlushAsync();

        Assert.Equal("clicked", page.Body);
        Assert.Empty(page.SetCookies);
        PrecedenceCalls.AssertSent(Assert.Single(app.Edge.Requests), "app-session", "app-tnt.31_0", "mboxedge17.tt.omtrdc.net");
    }

    [Fact]
    public async Task GetOffersAsync_FeatureSetBeforeTheMiddleware_TheLibrarysStateIsUsedAndWritesTheCookies()
    {
        await using var app = await TargetTestApp.StartAsync(beforeTarget: web => web.Use((http, next) =>
        {
            http.Features.Set<ITargetVisitorFeature>(AppVisitor);
            return next(http);
        }));

        var page = await app.GetAsync("/offers", PrecedenceCalls.RequestCookies(app.Time.GetUtcNow()));

        PrecedenceCalls.AssertSent(Assert.Single(app.Edge.Requests), PrecedenceCalls.RequestSession, PrecedenceCalls.RequestTntId, "mboxedge35.tt.omtrdc.net");
        Assert.Contains($"session#{PrecedenceCalls.RequestSession}#", Uri.UnescapeDataString(page.CookieValue("mbox")!), StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ApplicationFeatureWithoutTheMiddleware_UsesItsValidIdsAndDropsInvalidOnes()
    {
        var http = new DefaultHttpContext();
        http.Features.Set<ITargetVisitorFeature>(new ApplicationVisitorFeature("bad session", "tnt|with|bars", "12345", "4242"));
        var time = new FakeTimeProvider(ClientHarness.Start);
        var options = Options.Create(new AdobeTargetOptions { ClientCode = "acme", OrganizationId = ClientHarness.OrganizationId });
        var resolver = new VisitorResolver(new HttpContextAccessor { HttpContext = http }, options, time);

        var visitor = resolver.Resolve(new TargetDeliveryOptions());

        Assert.Equal(VisitorSource.Application, visitor.Source);
        Assert.Null(visitor.State); // nothing is written back to an application's feature
        Assert.Matches("^[0-9a-f]{32}$", visitor.SessionId); // "bad session" is not a session id: a new one
        Assert.Null(visitor.Context.TntId);
        Assert.Null(visitor.LocationHint); // five digits is no hint
        Assert.Equal("4242", visitor.Context.MarketingCloudVisitorId);
    }

    [Fact]
    public void Resolve_ApplicationFeatureWithoutTheMiddleware_ExplicitValuesStillWin()
    {
        var http = new DefaultHttpContext();
        http.Features.Set<ITargetVisitorFeature>(AppVisitor);
        var time = new FakeTimeProvider(ClientHarness.Start);
        var options = Options.Create(new AdobeTargetOptions { ClientCode = "acme", OrganizationId = ClientHarness.OrganizationId });
        var resolver = new VisitorResolver(new HttpContextAccessor { HttpContext = http }, options, time);

        var fromFeature = resolver.Resolve(new TargetDeliveryOptions());
        var overridden = resolver.Resolve(new TargetDeliveryOptions { SessionId = "explicit-session", TargetLocationHint = "21" });

        Assert.Equal(("app-session", "app-tnt.31_0", "17"), (fromFeature.SessionId, fromFeature.Context.TntId, fromFeature.LocationHint));
        Assert.Equal(("explicit-session", "app-tnt.31_0", "21"), (overridden.SessionId, overridden.Context.TntId, overridden.LocationHint));
    }
}
