using System.Net;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.TestHost;

namespace AdobeTarget.AspNetCore.Tests.Middleware;

/// <summary>The HTTP request fills the delivery request's context, unless switched off or set by the request.</summary>
public class TargetMiddlewareContextTests
{
    private static async Task<System.Text.Json.Nodes.JsonNode> ContextSentFor(TargetTestApp app, string path = "/offers", string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://shop.example.com" + path + "?utm_source=mail");
        request.Headers.Add("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0");
        request.Headers.Add("Referer", "https://search.example/?q=shoes");
        request.Headers.Add("Sec-CH-UA", "\"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"");
        request.Headers.Add("Sec-CH-UA-Mobile", "?0");
        request.Headers.Add("Sec-CH-UA-Platform", "\"Linux\"");
        request.Headers.Add("Sec-CH-UA-Platform-Version", "\"6.1.0\"");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await app.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return Assert.Single(app.Edge.Requests).Json["context"]!;
    }

    [Fact]
    public async Task Request_FillsUrlReferrerUserAgentClientHintsAndHost()
    {
        await using var app = await TargetTestApp.StartAsync();

        var context = await ContextSentFor(app);

        Assert.Equal("web", context["channel"]!.GetValue<string>());
        Assert.Equal("https://shop.example.com/offers?utm_source=mail", context["address"]!["url"]!.GetValue<string>());
        Assert.Equal("https://search.example/?q=shoes", context["address"]!["referringUrl"]!.GetValue<string>());
        Assert.Equal("Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0", context["userAgent"]!.GetValue<string>());
        Assert.Equal("\"Chromium\";v=\"131\", \"Not_A Brand\";v=\"24\"", context["clientHints"]!["browserUAWithMajorVersion"]!.GetValue<string>());
        Assert.False(context["clientHints"]!["mobile"]!.GetValue<bool>());
        Assert.Equal("Linux", context["clientHints"]!["platform"]!.GetValue<string>());
        Assert.Equal("6.1.0", context["clientHints"]!["platformVersion"]!.GetValue<string>());
        Assert.Equal("shop.example.com", context["browser"]!["host"]!.GetValue<string>());
    }

    [Fact]
    public async Task SwitchedOff_NothingIsCopied()
    {
        await using var app = await TargetTestApp.StartAsync(o => o.RequestContext = new TargetRequestContextOptions
        {
            Address = false,
            UserAgent = false,
            ClientHints = false,
            BrowserHost = false,
            IpAddress = false,
        });

        var context = await ContextSentFor(app, forwardedFor: "203.0.113.7");

        Assert.Equal("""{"channel":"web"}""", context.ToJsonString());
    }

    [Fact]
    public async Task RequestsOwnContext_WinsFieldByField()
    {
        await using var app = await TargetTestApp.StartAsync();

        var context = await ContextSentFor(app, "/own-context");

        Assert.Equal("own agent", context["userAgent"]!.GetValue<string>());
        Assert.Equal("https://own.example/page", context["address"]!["url"]!.GetValue<string>());
        Assert.Equal("https://search.example/?q=shoes", context["address"]!["referringUrl"]!.GetValue<string>());
        Assert.Equal("shop.example.com", context["browser"]!["host"]!.GetValue<string>());
    }

    [Fact]
    public async Task VisitorIp_ComesFromTheConnectionAfterForwardedHeaders()
    {
        await using var app = await TargetTestApp.StartAsync(beforeTarget: a =>
        {
            // TestServer has no socket: give the request a proxy's address, as Kestrel would behind one.
            a.Use((http, next) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Loopback;
                return next(http);
            });
            a.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor });
        });

        var context = await ContextSentFor(app, forwardedFor: "203.0.113.7");

        Assert.Equal("203.0.113.7", context["geo"]!["ipAddress"]!.GetValue<string>());
    }

    [Fact]
    public async Task HostileHeaders_AreLeftOut()
    {
        await using var app = await TargetTestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/offers");
        request.Headers.TryAddWithoutValidation("User-Agent", new string('A', 5000));
        request.Headers.TryAddWithoutValidation("Referer", "javascript:alert(1)");
        request.Headers.TryAddWithoutValidation("Sec-CH-UA-Platform", "\"" + new string('x', 500) + "\"");

        using var response = await app.Client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        var context = Assert.Single(app.Edge.Requests).Json["context"]!;
        Assert.Null(context["userAgent"]);
        Assert.Null(context["address"]!["referringUrl"]);
        Assert.Null(context["clientHints"]);
    }
}
