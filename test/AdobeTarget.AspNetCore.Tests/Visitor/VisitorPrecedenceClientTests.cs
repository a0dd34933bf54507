using AdobeTarget.AspNetCore.Tests.Infrastructure;
using static AdobeTarget.AspNetCore.Tests.Visitor.PrecedenceCalls;

namespace AdobeTarget.AspNetCore.Tests.Visitor;

/// <summary>
/// The one precedence rule, as the client applies it: explicit options win over the request's cookies; between an
/// explicit <c>TargetCookie</c> and <c>SessionId</c>, the cookie's session wins. Asserted on what the edge saw.
/// </summary>
public class VisitorPrecedenceClientTests
{
    [Theory]
    [MemberData(nameof(PrecedenceCalls.InsideARequest), MemberType = typeof(PrecedenceCalls))]
    public async Task GetOffersAsync_InsideARequest_ExplicitValuesWinByTheRule(string? session, string? cookie, string? hint, string expectedSession, string expectedTntId, string expectedHost)
    {
        await using var app = await TargetTestApp.StartAsync(beforeTarget: Map);

        var page = await app.GetAsync("/precedence/offers" + Query(session, cookie, hint), RequestCookies(app.Time.GetUtcNow()));

        Assert.Equal(200, page.Status);
        AssertSent(Assert.Single(app.Edge.Requests), expectedSession, expectedTntId, expectedHost);
        Assert.Equal(expectedSession, page.Visitor.SessionId);
        if (cookie is null)
        {
            // The request's cookies were used: they are renewed with the session the call sent.
            Assert.Contains($"session#{expectedSession}#", Uri.UnescapeDataString(page.CookieValue("mbox")!), StringComparison.Ordinal);
        }
        else
        {
            // A caller that passes a cookie manages the visitor's cookies itself.
            Assert.Empty(page.SetCookies);
        }
    }

    [Theory]
    [MemberData(nameof(PrecedenceCalls.OutsideARequest), MemberType = typeof(PrecedenceCalls))]
    public async Task GetOffersAsync_OutsideARequest_ExplicitValuesWinByTheRule(string? session, string? cookie, string? hint, string expectedSession, string? expectedTntId, string expectedHost)
    {
        await using var harness = await ClientHarness.StartAsync();

        var response = await harness.Client.GetOffersAsync(Options(session, cookie, hint, harness.Time.GetUtcNow()));

        AssertSent(Assert.Single(harness.Edge.Requests), expectedSession, expectedTntId, expectedHost);
        Assert.Equal(expectedSession, response.SessionId);
    }

    [Fact]
    public async Task GetOffersAsync_OutsideARequestWithNothingExplicit_StartsANewSessionOnTheDefaultHost()
    {
        await using var harness = await ClientHarness.StartAsync();

        var first = await harness.Client.GetOffersAsync(Options(null, null, null, harness.Time.GetUtcNow()));
        var second = await harness.Client.GetOffersAsync(Options(null, null, null, harness.Time.GetUtcNow()));

        Assert.Equal(2, harness.Edge.Requests.Count);
        Assert.All(harness.Edge.Requests, r => Assert.Equal(Default, r.Host));
        Assert.Equal(first.SessionId, harness.Edge.Requests[0].Query["sessionId"]);
        Assert.NotEqual(first.SessionId, second.SessionId); // no visitor state is shared outside a request
    }
}
