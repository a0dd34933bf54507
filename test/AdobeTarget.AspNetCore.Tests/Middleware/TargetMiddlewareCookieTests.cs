using AdobeTarget.AspNetCore.Tests.Delivery;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using HeaderSameSite = Microsoft.Net.Http.Headers.SameSiteMode;
using SameSiteMode = Microsoft.AspNetCore.Http.SameSiteMode;

namespace AdobeTarget.AspNetCore.Tests.Middleware;

/// <summary>Cookie propagation through UseAdobeTarget(), asserted on real Set-Cookie headers and on what the edge saw.</summary>
public class TargetMiddlewareCookieTests
{
    private const string FirstVisitAnswer = """{"status":200,"id":{"tntId":"08210e2d751a44779b8313e2d2692b96.21_27"},"edgeHost":"mboxedge21.tt.omtrdc.net","prefetch":{"mboxes":[{"index":0,"name":"home","state":"s","options":[{"type":"html","content":"HOME OFFER","eventToken":"t"}]}]}}""";

    private static long Seconds(TargetTestApp app, int offset) => app.Time.GetUtcNow().ToUnixTimeSeconds() + offset;

    [Fact]
    public async Task FirstVisit_WritesNewSessionTntIdAndHintCookies()
    {
        await using var app = await TargetTestApp.StartAsync();
        app.Edge.Respond = TargetClientResponseTests.Json(FirstVisitAnswer);

        var response = await app.GetAsync("/offers");

        Assert.Equal(200, response.Status);
        Assert.Equal(["HOME OFFER"], response.Visitor.Content!);
        var sent = Assert.Single(app.Edge.Requests);
        var session = sent.Query["sessionId"];
        Assert.Null(sent.Json["id"]);
        Assert.Equal("acme.tt.omtrdc.net", sent.Host);

        var mbox = response.Cookie("mbox")!;
        Assert.Equal($"session#{session}#{Seconds(app, 1860)}|PC#08210e2d751a44779b8313e2d2692b96.21_27#{Seconds(app, 63244800)}", Uri.UnescapeDataString(mbox.Value.Value!));
        Assert.Equal(TimeSpan.FromSeconds(63244800), mbox.MaxAge);
        Assert.Equal(app.Time.GetUtcNow().AddSeconds(63244800), mbox.Expires);
        Assert.Equal("/", mbox.Path.Value);
        Assert.Equal(HeaderSameSite.Lax, mbox.SameSite);
        Assert.False(mbox.HttpOnly);
        Assert.False(mbox.Secure);
        Assert.Null(mbox.Domain.Value);

        var hint = response.Cookie("mboxEdgeCluster")!;
        Assert.Equal("21", hint.Value.Value);
        Assert.Equal(TimeSpan.FromSeconds(1860), hint.MaxAge);
    }

    [Fact]
    public async Task ReturningVisit_SendsTheSameSessionAndTntIdToTheHintedEdge()
    {
        await using var app = await TargetTestApp.StartAsync();
        app.Edge.Respond = TargetClientResponseTests.Json(FirstVisitAnswer);
        var first = await app.GetAsync("/offers");
        app.Edge.Respond = StubEdge.RespondDefaultAsync;
        app.Time.Advance(TimeSpan.FromMinutes(5));

        var second = await app.GetAsync("/offers", ("mbox", first.CookieValue("mbox")!), ("mboxEdgeCluster", first.CookieValue("mboxEdgeCluster")!));

        var (visit1, visit2) = (app.Edge.Requests[0], app.Edge.Requests[1]);
        Assert.Equal(visit1.Query["sessionId"], visit2.Query["sessionId"]);
        Assert.Equal("08210e2d751a44779b8313e2d2692b96.21_27", visit2.Json["id"]!["tntId"]!.GetValue<string>());
        Assert.Equal("mboxedge21.tt.omtrdc.net", visit2.Host);
        Assert.Equal(visit1.Query["sessionId"], second.Visitor.SessionId);
        Assert.Contains($"#{Seconds(app, 1860)}|", Uri.UnescapeDataString(second.CookieValue("mbox")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionEntryExpired_StartsANewSessionAndKeepsTheVisitor()
    {
        await using var app = await TargetTestApp.StartAsync();
        var first = await app.GetAsync("/offers");
        app.Time.Advance(TimeSpan.FromSeconds(1861));

        var second = await app.GetAsync("/offers", ("mbox", first.CookieValue("mbox")!));

        var (visit1, visit2) = (app.Edge.Requests[0], app.Edge.Requests[1]);
        Assert.NotEqual(visit1.Query["sessionId"], visit2.Query["sessionId"]);
        Assert.Equal(first.Visitor.TntId, visit2.Json["id"]!["tntId"]!.GetValue<string>());
        Assert.Equal(first.Visitor.TntId, second.Visitor.TntId);
    }

    [Fact]
    public async Task RequestWithoutTargetCall_GetsNoCookiesAndCallsNothing()
    {
        await using var app = await TargetTestApp.StartAsync();

        var response = await app.GetAsync("/none", ("mbox", "session#s#99999999999"));

        Assert.Equal("no target call", response.Body);
        Assert.Empty(response.SetCookies);
        Assert.Empty(app.Edge.Requests);
    }

    [Fact]
    public async Task VisitorFeature_ReadsTheCookiesWithoutACall()
    {
        await using var app = await TargetTestApp.StartAsync();
        var now = app.Time.GetUtcNow();

        var response = await app.GetAsync("/visitor", ("mbox", Requests.Cookie(now, "s1", "t1.35_0")), ("mboxEdgeCluster", "35"));

        Assert.Equal(new VisitorView("s1", "t1.35_0", "35", null, null), response.Visitor);
        Assert.Empty(response.SetCookies);
    }

    [Fact]
    public async Task TwoCallsInOneRequest_ShareTheSessionAndWriteOneConsistentPair()
    {
        await using var app = await TargetTestApp.StartAsync();

        var response = await app.GetAsync("/twice");

        var (call1, call2) = (app.Edge.Requests[0], app.Edge.Requests[1]);
        Assert.Equal(call1.Query["sessionId"], call2.Query["sessionId"]);
        Assert.Null(call1.Json["id"]);
        Assert.Equal(response.Visitor.TntId, call2.Json["id"]!["tntId"]!.GetValue<string>()); // the tntId the first call got
        Assert.Single(response.SetCookies, c => c.Name.Value == "mbox");
        Assert.Single(response.SetCookies, c => c.Name.Value == "mboxEdgeCluster");
        Assert.Contains($"session#{call1.Query["sessionId"]}#", Uri.UnescapeDataString(response.CookieValue("mbox")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParallelCallsInOneRequest_ShareOneNewSession()
    {
        await using var app = await TargetTestApp.StartAsync();

        var response = await app.GetAsync("/parallel");

        Assert.Equal(2, app.Edge.Requests.Count);
        Assert.Equal(app.Edge.Requests[0].Query["sessionId"], app.Edge.Requests[1].Query["sessionId"]);
        Assert.Single(response.SetCookies, c => c.Name.Value == "mbox");
    }

    [Theory]
    [InlineData("/mvc/offers")]
    [InlineData("/razor/offers")]
    [InlineData("/offers")]
    public async Task EveryKindOfEndpoint_GetsTheCookiesWritten(string path)
    {
        await using var app = await TargetTestApp.StartAsync();

        var response = await app.GetAsync(path);

        Assert.Equal(200, response.Status);
        Assert.Contains("<p>home</p>", System.Net.WebUtility.HtmlDecode(response.Body), StringComparison.Ordinal);
        Assert.StartsWith($"session#{app.Edge.Requests[0].Query["sessionId"]}#", Uri.UnescapeDataString(response.CookieValue("mbox")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAfterTheResponseStarted_IsServedAndWarnsOnce()
    {
        await using var app = await TargetTestApp.StartAsync();

        var response = await app.GetAsync("/late");

        Assert.Equal("started;done", response.Body);
        Assert.Empty(response.SetCookies);
        var warning = Assert.Single(app.Logs.GetSnapshot(), r => r.Id.Id == 1101);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("/late", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallWithItsOwnCookie_IsLeftToTheApplication()
    {
        await using var app = await TargetTestApp.StartAsync();

        var response = await app.GetAsync("/explicit", ("mbox", "session#from-browser#99999999999"));

        Assert.Equal("explicit", Assert.Single(app.Edge.Requests).Query["sessionId"]);
        Assert.Empty(response.SetCookies);
    }

    [Fact]
    public async Task CallWithItsOwnSessionId_OverridesTheCookiesAndKeepsTheVisitor()
    {
        await using var app = await TargetTestApp.StartAsync();

        var response = await app.GetAsync("/explicit-session", ("mbox", Requests.Cookie(app.Time.GetUtcNow(), "cookie-session", "kept.28_0")));

        var sent = Assert.Single(app.Edge.Requests);
        Assert.Equal("chosen-session", sent.Query["sessionId"]);
        Assert.Equal("kept.28_0", sent.Json["id"]!["tntId"]!.GetValue<string>());
        Assert.StartsWith("session#chosen-session#", Uri.UnescapeDataString(response.CookieValue("mbox")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CookieOptions_AreAppliedToBothCookies()
    {
        await using var app = await TargetTestApp.StartAsync(o =>
        {
            o.Cookie.Domain = ".example.com";
            o.Cookie.SameSite = SameSiteMode.None;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.HttpOnly = true;
        });

        var response = await app.GetAsync("/offers");

        foreach (var cookie in new[] { response.Cookie("mbox")!, response.Cookie("mboxEdgeCluster")! })
        {
            Assert.Equal(".example.com", cookie.Domain.Value);
            Assert.Equal(HeaderSameSite.None, cookie.SameSite);
            Assert.True(cookie.Secure);
            Assert.True(cookie.HttpOnly);
        }
    }

    [Fact]
    public async Task HttpsRequest_GetsSecureCookiesByDefault()
    {
        await using var app = await TargetTestApp.StartAsync();
        using var client = app.Server.CreateClient();
        client.BaseAddress = new Uri("https://shop.example/");

        using var response = await client.GetAsync("/offers");

        var cookies = SetCookieHeaderValue.ParseList([.. response.Headers.GetValues(HeaderNames.SetCookie)]);
        Assert.All(cookies, c => Assert.True(c.Secure));
    }

    [Fact]
    public async Task WriteCookiesOff_CallsStillWorkAndNoCookieIsWritten()
    {
        await using var app = await TargetTestApp.StartAsync(o => o.WriteCookies = false);

        var response = await app.GetAsync("/twice");

        Assert.Equal(2, app.Edge.Requests.Count);
        Assert.Equal(app.Edge.Requests[0].Query["sessionId"], app.Edge.Requests[1].Query["sessionId"]);
        Assert.Empty(response.SetCookies);
    }

    [Fact]
    public async Task ConsentPolicy_WithoutConsent_BlocksTheCookiesAndLogsAtDebug()
    {
        await using var app = await StartWithConsentPolicyAsync();

        var response = await app.GetAsync("/offers");

        Assert.Equal(200, response.Status);
        Assert.Empty(response.SetCookies);
        Assert.Equal(LogLevel.Debug, Assert.Single(app.Logs.GetSnapshot(), r => r.Id.Id == 1102).Level);
    }

    [Fact]
    public async Task ConsentPolicy_WithConsent_WritesTheCookies()
    {
        await using var app = await StartWithConsentPolicyAsync();

        var response = await app.GetAsync("/offers", (".AspNet.Consent", "yes"));

        Assert.NotNull(response.Cookie("mbox"));
    }

    [Fact]
    public async Task ConsentPolicy_EssentialCookies_AreWrittenWithoutConsent()
    {
        await using var app = await StartWithConsentPolicyAsync(o => o.Cookie.IsEssential = true);

        var response = await app.GetAsync("/offers");

        Assert.NotNull(response.Cookie("mbox"));
    }

    [Fact]
    public async Task NodeSdkCookie_AsTheBrowserSendsIt_IsRead()
    {
        // Express writes the Node.js SDK's cookie with encodeURIComponent; the browser sends it back as written.
        await using var app = await TargetTestApp.StartAsync();
        var seconds = app.Time.GetUtcNow().ToUnixTimeSeconds();
        var written = Uri.EscapeDataString($"session#{Uri.EscapeDataString("node-session")}#{seconds + 1860}|PC#{Uri.EscapeDataString("node-tnt.34_0")}#{seconds + 63244800}");

        await app.GetAsync("/offers", ("mbox", written));

        var sent = Assert.Single(app.Edge.Requests);
        Assert.Equal("node-session", sent.Query["sessionId"]);
        Assert.Equal("node-tnt.34_0", sent.Json["id"]!["tntId"]!.GetValue<string>());
        Assert.Equal("mboxedge34.tt.omtrdc.net", sent.Host);
    }

    [Fact]
    public async Task OutsideARequest_TheClientMakesPlainCalls()
    {
        await using var app = await TargetTestApp.StartAsync();
        var client = app.App.Services.GetRequiredService<ITargetClient>();

        var response = await client.GetOffersAsync(new TargetDeliveryOptions { Request = Requests.Prefetch("job"), TargetCookie = Requests.Cookie(app.Time.GetUtcNow(), "job-session") });

        Assert.Equal("job-session", Assert.Single(app.Edge.Requests).Query["sessionId"]);
        Assert.Null(app.Edge.Requests[0].Json["context"]!["address"]);
        Assert.StartsWith("session#job-session#", response.TargetCookie.Value, StringComparison.Ordinal);
    }

    private static Task<TargetTestApp> StartWithConsentPolicyAsync(Action<AdobeTargetOptions>? configure = null) =>
        TargetTestApp.StartAsync(
            configure,
            beforeTarget: app => app.UseCookiePolicy(),
            services: s => s.Configure<CookiePolicyOptions>(o => o.CheckConsentNeeded = _ => true));
}
