using System.Net;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace AdobeTarget.AspNetCore.Tests.StartupClass;

/// <summary>Issue 12, part 3: <c>AddAdobeTarget()</c> and <c>UseAdobeTarget()</c> in a classic <c>Startup</c> class.</summary>
public sealed class StartupClassTests : IAsyncLifetime
{
    private StubEdge _edge = null!;
    private StartupClassFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _edge = await StubEdge.StartAsync();
        _factory = new StartupClassFactory(_edge);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _edge.DisposeAsync();
    }

    [Fact]
    public async Task Controller_FirstVisit_WritesTheMboxCookieAndSendsTheDisplayNotification()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        using var response = await client.GetAsync("/startup/offers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[\"<p>home</p>\"]", await response.Content.ReadAsStringAsync());
        var cookies = SetCookieHeaderValue.ParseList([.. response.Headers.GetValues(HeaderNames.SetCookie)]);
        var mbox = Assert.Single(cookies, c => c.Name == "mbox");
        var delivery = _edge.Requests[0];
        var session = delivery.Query["sessionId"];
        var tntId = JsonTntId(await WaitForNotificationAsync());
        Assert.StartsWith($"session#{session}#", Uri.UnescapeDataString(mbox.Value.Value!), StringComparison.Ordinal);
        Assert.Contains($"|PC#{tntId}#", Uri.UnescapeDataString(mbox.Value.Value!), StringComparison.Ordinal);
        Assert.Equal("/", mbox.Path.Value);
        Assert.Equal("127.0.0.1", delivery.Host.Split(':')[0]);
    }

    [Fact]
    public async Task Controller_ReturningVisitor_KeepsTheSessionAndTntIdFromTheCookie()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var first = await client.GetAsync("/startup/offers");
        var mbox = SetCookieHeaderValue.ParseList([.. first.Headers.GetValues(HeaderNames.SetCookie)]).Single(c => c.Name == "mbox");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/startup/offers");
        request.Headers.Add(HeaderNames.Cookie, $"mbox={mbox.Value.Value}");
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var deliveries = _edge.Requests.Where(r => r.Json["prefetch"] is not null).ToList();
        Assert.Equal(2, deliveries.Count);
        Assert.Equal(deliveries[0].Query["sessionId"], deliveries[1].Query["sessionId"]);
        var firstTntId = SetCookieHeaderValue.ParseList([.. first.Headers.GetValues(HeaderNames.SetCookie)]).Single(c => c.Name == "mbox").Value.Value!;
        Assert.Equal(JsonTntIdOf(firstTntId), deliveries[1].Json["id"]!["tntId"]!.GetValue<string>());
    }

    private async Task<RecordedRequest> WaitForNotificationAsync()
    {
        while (true)
        {
            if (_edge.Requests.FirstOrDefault(r => r.Json["notifications"] is not null) is { } notification)
            {
                return notification;
            }

            await _edge.WaitForRequestsAsync();
        }
    }

    private static string JsonTntId(RecordedRequest notification)
    {
        var sent = Assert.Single(notification.Json["notifications"]!.AsArray());
        Assert.Equal("display", sent!["type"]!.GetValue<string>());
        Assert.Equal("token-home", sent["tokens"]![0]!.GetValue<string>());
        return notification.Json["id"]!["tntId"]!.GetValue<string>();
    }

    /// <summary>The tntId in an <c>mbox</c> cookie value: the id of its <c>PC</c> entry.</summary>
    private static string JsonTntIdOf(string cookieValue) =>
        Uri.UnescapeDataString(cookieValue).Split('|').Select(e => e.Split('#')).Single(e => e[0] == "PC")[1];
}
