using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Net.Http.Headers;

namespace AdobeTarget.AspNetCore.Tests.Visitor;

/// <summary>The library's per-request state on a <see cref="DefaultHttpContext"/>, with the resolver that reads it.</summary>
public class TargetVisitorStateTests
{
    private sealed record Request(DefaultHttpContext Http, StartableResponseFeature Response, TargetVisitorState State, VisitorResolver Resolver, FakeLogger Logger, FakeTimeProvider Time)
    {
        public IList<SetCookieHeaderValue> SetCookies => SetCookieHeaderValue.ParseList([.. Http.Response.Headers.SetCookie.OfType<string>()]);

        /// <summary>Does what the client does with a call's outcome: renews the cookie with the call's session and tntId.</summary>
        public ResolvedVisitor Call(TargetDeliveryOptions options, string tntId, string hint)
        {
            var visitor = Resolver.Resolve(options);
            var now = Time.GetUtcNow();
            var renewed = visitor.Cookie.Renew(visitor.SessionId, tntId, now);
            visitor.State?.Apply(renewed, hint, MboxCookieCodec.Format(renewed, now), MboxCookieCodec.WriteLocationHint(hint));
            return visitor;
        }
    }

    private static Request Start(string? cookieHeader = null)
    {
        var http = new DefaultHttpContext();
        var response = new StartableResponseFeature();
        http.Features.Set<IHttpResponseFeature>(response);
        if (cookieHeader is not null)
        {
            http.Request.Headers.Cookie = cookieHeader;
        }

        var time = new FakeTimeProvider(ClientHarness.Start);
        var options = Options.Create(new AdobeTargetOptions { ClientCode = "acme", OrganizationId = ClientHarness.OrganizationId });
        var logger = new FakeLogger<TargetVisitorState>();
        var state = new TargetVisitorState(http, new TargetVisitorServices(options, time, logger));
        http.Features.Set(state);
        http.Features.Set<ITargetVisitorFeature>(state);
        return new Request(http, response, state, new VisitorResolver(new HttpContextAccessor { HttpContext = http }, options, time), logger, time);
    }

    private static string MboxValue(Request request) =>
        Uri.UnescapeDataString(Assert.Single(request.SetCookies, c => c.Name == "mbox").Value.Value!);

    [Fact]
    public async Task ParallelCalls_NewVisitor_ShareOneNewSessionAndLeaveOneCookiePair()
    {
        var request = Start();
        using var ready = new Barrier(16);

        var sessions = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
        {
            ready.SignalAndWait();
            return request.Call(new TargetDeliveryOptions(), $"tnt-{i}.28_0", "28").SessionId;
        })));
        await request.Response.StartAsync();

        var session = Assert.Single(sessions.Distinct());
        Assert.Equal(session, request.State.SessionId);
        Assert.Equal(1, request.Response.StartingCallbacks); // one write, however many calls
        Assert.Equal(2, request.SetCookies.Count);
        Assert.Contains($"session#{session}#", MboxValue(request), StringComparison.Ordinal);
        Assert.Equal("28", Assert.Single(request.SetCookies, c => c.Name == "mboxEdgeCluster").Value.Value);
    }

    [Fact]
    public async Task SequentialCalls_TheSecondStartsFromWhatTheFirstLeft()
    {
        var request = Start();

        var first = request.Call(new TargetDeliveryOptions(), "first-tnt.28_0", "28");
        var second = request.Call(new TargetDeliveryOptions(), "second-tnt.28_0", "28");
        await request.Response.StartAsync();

        Assert.Equal(first.SessionId, second.SessionId);
        Assert.Equal("first-tnt.28_0", second.Context.TntId);
        Assert.Equal("28", second.LocationHint);
        Assert.Contains("PC#second-tnt.28_0#", MboxValue(request), StringComparison.Ordinal);
        Assert.Equal("second-tnt.28_0", request.State.TntId);
    }

    [Fact]
    public void Resolve_RequestCookies_AreReadOnFirstUse()
    {
        var request = Start($"mbox={Uri.EscapeDataString(Requests.Cookie(ClientHarness.Start, "cookie-session", "cookie-tnt.35_0"))}; mboxEdgeCluster=35");

        var visitor = request.Resolver.Resolve(new TargetDeliveryOptions());

        Assert.Equal(VisitorSource.Request, visitor.Source);
        Assert.Same(request.State, visitor.State);
        Assert.Equal(("cookie-session", "cookie-tnt.35_0", "35"), (visitor.SessionId, visitor.Context.TntId, visitor.LocationHint));
        Assert.Equal(("cookie-session", "cookie-tnt.35_0", "35"), (request.State.SessionId, request.State.TntId, request.State.LocationHint));
    }

    [Fact]
    public async Task Resolve_ExplicitSessionIdAndHint_WinButTheVisitorAndItsCookiesAreKept()
    {
        var request = Start($"mbox={Uri.EscapeDataString(Requests.Cookie(ClientHarness.Start, "cookie-session", "cookie-tnt.35_0"))}; mboxEdgeCluster=35");

        var visitor = request.Call(new TargetDeliveryOptions { SessionId = "explicit-session", TargetLocationHint = "21" }, "cookie-tnt.35_0", "35");
        await request.Response.StartAsync();

        Assert.Equal(VisitorSource.Request, visitor.Source);
        Assert.Equal(("explicit-session", "cookie-tnt.35_0", "21"), (visitor.SessionId, visitor.Context.TntId, visitor.LocationHint));
        Assert.Contains("session#explicit-session#", MboxValue(request), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_ExplicitCookie_LeavesTheRequestsStateAlone()
    {
        var request = Start($"mbox={Uri.EscapeDataString(Requests.Cookie(ClientHarness.Start, "cookie-session", "cookie-tnt.35_0"))}");

        var visitor = request.Call(new TargetDeliveryOptions { TargetCookie = Requests.Cookie(ClientHarness.Start, "raw-session", "raw-tnt.21_0"), SessionId = "explicit-session" }, "raw-tnt.21_0", "21");
        await request.Response.StartAsync();

        Assert.Equal(VisitorSource.Explicit, visitor.Source);
        Assert.Null(visitor.State);
        Assert.Equal(("raw-session", "raw-tnt.21_0"), (visitor.SessionId, visitor.Context.TntId)); // the cookie's session over SessionId
        Assert.Equal(0, request.Response.StartingCallbacks);
        Assert.Empty(request.SetCookies);
        Assert.Equal("cookie-session", request.State.SessionId);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Resolve_InvalidExplicitSessionId_ThrowsNamingTheOption(string sessionId)
    {
        var request = Start();

        var error = Assert.Throws<ArgumentException>(() => request.Resolver.Resolve(new TargetDeliveryOptions { SessionId = sessionId }));

        Assert.Contains("TargetDeliveryOptions.SessionId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_AfterDispose_WritesNothingAndLogs1104Once()
    {
        var request = Start();
        var first = request.Resolver.Resolve(new TargetDeliveryOptions());
        var second = request.Resolver.Resolve(new TargetDeliveryOptions());
        request.State.Dispose(); // the request ended while both calls were in flight
        var now = request.Time.GetUtcNow();

        foreach (var visitor in new[] { first, second })
        {
            var renewed = visitor.Cookie.Renew(visitor.SessionId, "late-tnt.28_0", now);
            visitor.State!.Apply(renewed, "28", MboxCookieCodec.Format(renewed, now), MboxCookieCodec.WriteLocationHint("28"));
        }

        await request.Response.StartAsync();

        Assert.Equal(0, request.Response.StartingCallbacks);
        Assert.Empty(request.SetCookies);
        var log = Assert.Single(request.Logger.Collector.GetSnapshot());
        Assert.Equal(1104, log.Id.Id);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Debug, log.Level);
    }

    [Fact]
    public void Resolve_AfterDispose_TreatsTheCallAsOutsideARequest()
    {
        var request = Start($"mbox={Uri.EscapeDataString(Requests.Cookie(ClientHarness.Start, "cookie-session", "cookie-tnt.35_0"))}");
        request.State.Dispose();

        var visitor = request.Resolver.Resolve(new TargetDeliveryOptions());

        Assert.Equal(VisitorSource.None, visitor.Source);
        Assert.Null(visitor.State);
        Assert.NotEqual("cookie-session", visitor.SessionId);
    }

    [Fact]
    public async Task Apply_AfterTheResponseStarted_WritesNothingAndWarns1101Once()
    {
        var request = Start();
        await request.Response.StartAsync();

        request.Call(new TargetDeliveryOptions(), "tnt.28_0", "28");
        request.Call(new TargetDeliveryOptions(), "tnt.28_0", "28");

        Assert.Equal(0, request.Response.StartingCallbacks);
        Assert.Empty(request.SetCookies);
        Assert.Equal(1101, Assert.Single(request.Logger.Collector.GetSnapshot()).Id.Id);
    }
}
